import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { corpusOnce } from '../../../lib/corpus-parts.ts';
import { compactJsonResponse } from '../../../lib/data-records.ts';
import { documentHref } from '../../../lib/urls.ts';

/** data/parts/documents-NNNN.json: one part of the records of documents.json, compact (src/lib/corpus-parts.ts). */
export const getStaticPaths = (async () => {
  const { parts } = corpusOnce((await getArchive()).docs, documentHref);
  return parts.map((p) => ({ params: { n: String(p.number).padStart(4, '0') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { records, parts } = corpusOnce((await getArchive()).docs, documentHref);
  const part = parts[Number(params['n']) - 1]!;
  return compactJsonResponse(records.slice(part.from, part.to));
};
