import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentDataRecord, jsonResponse } from '../../../lib/data-records.ts';
import { documentBlocks } from '../../../lib/document-blocks.ts';
import { documentBody } from '../../../lib/document-text.ts';
import { documentHref, href } from '../../../lib/urls.ts';

/** data/documents/<slug>.json: frontmatter, section tree and the normalised text of every block and section. */
export const getStaticPaths = (async () => {
  const docs = await getCollection('documents');
  return docs.map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'documents'> };
  const paths = { url: documentHref(entry.data.slug), sourceText: href(`data/documents/${entry.data.slug}.txt`) };
  return jsonResponse(documentDataRecord(entry.data, documentBlocks(documentBody(entry)), paths));
};
