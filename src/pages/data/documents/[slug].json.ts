import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { compactJsonResponse, documentDataRecord } from '../../../lib/data-records.ts';
import { documentBlocks } from '../../../lib/document-blocks.ts';
import { documentBody } from '../../../lib/document-text.ts';
import { pathsToRender } from '../../../lib/page-cache.ts';
import { documentHref, href } from '../../../lib/urls.ts';

/**
 * data/documents/<slug>.json: frontmatter, section tree and the normalised text once, with every
 * block and section as a range of it; compact JSON. All of it comes from the document's file, so
 * the file's digest is its view model.
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return pathsToRender(
    archive.docs.map((d) => ({
      params: { slug: d.slug },
      file: `data/documents/${d.slug}.json`,
      view: archive.fileOf(d.slug).digest,
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const archive = await getArchive();
  const slug = params['slug']!;
  const paths = { url: documentHref(slug), sourceText: href(`data/documents/${slug}.txt`) };
  return compactJsonResponse(
    documentDataRecord(archive.bySlug.get(slug)!, documentBlocks(documentBody(archive.fileOf(slug))), paths),
  );
};
