import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../archive/archive.ts';
import { corpusOnce } from '../../../open-data/corpus-parts.ts';
import { compactJsonResponse } from '../../../open-data/data-records.ts';
import { documentHref } from '../../../site/urls.ts';

/** data/parts/documents-NNNN.json: one part of the records of documents.json, compact (src/open-data/corpus-parts.ts). */
export const getStaticPaths = (async () => {
  const { parts } = corpusOnce((await getArchive()).docs, documentHref);
  return parts.map((p) => ({ params: { n: String(p.number).padStart(4, '0') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { records, parts } = corpusOnce((await getArchive()).docs, documentHref);
  const part = parts[Number(params['n']) - 1]!;
  return compactJsonResponse(records.slice(part.from, part.to));
};
