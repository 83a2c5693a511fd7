import type { APIRoute, GetStaticPaths } from 'astro';
import { documentsCsv } from '../../../open-data/documents-csv.ts';
import { partPaths, partRecords } from '../../../open-data/part-routes.ts';

/** data/parts/documents-NNNN.csv: the rows of one part, with the header and BOM of documents.csv. */
export const getStaticPaths = (() => partPaths('csv')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(documentsCsv(await partRecords(params['n'])), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
