import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../archive/archive.ts';
import { corpusOnce } from '../../../open-data/corpus-parts.ts';
import { documentsCsv } from '../../../open-data/documents-csv.ts';
import { documentHref } from '../../../site/urls.ts';

/** data/parts/documents-NNNN.csv: the rows of one part, with the header and BOM of documents.csv. */
export const getStaticPaths = (async () => {
  const { parts } = corpusOnce((await getArchive()).docs, documentHref);
  return parts.map((p) => ({ params: { n: String(p.number).padStart(4, '0') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { records, parts } = corpusOnce((await getArchive()).docs, documentHref);
  const part = parts[Number(params['n']) - 1]!;
  return new Response(documentsCsv(records.slice(part.from, part.to)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
