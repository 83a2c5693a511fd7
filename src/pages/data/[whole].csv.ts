import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { corpusOnce } from '../../open-data/corpus-parts.ts';
import { documentsCsv } from '../../open-data/documents-csv.ts';
import { wholePaths } from '../../open-data/part-routes.ts';
import { documentHref } from '../../site/urls.ts';

/**
 * data/documents.csv: the records of documents.json as a table, in the same order; published,
 * like documents.json, while the corpus is one part (src/open-data/corpus-parts.ts).
 */
export const getStaticPaths = (() => wholePaths('csv')) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(documentsCsv(corpusOnce((await getArchive()).docs, documentHref).records), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
