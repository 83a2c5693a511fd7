import type { APIRoute, GetStaticPaths } from 'astro';
import { compactJsonResponse } from '../../../open-data/data-records.ts';
import { partPaths, partRecords } from '../../../open-data/part-routes.ts';

/** data/parts/documents-NNNN.json: one part of the records of documents.json, compact (src/open-data/corpus-parts.ts). */
export const getStaticPaths = (() => partPaths('json')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => compactJsonResponse(await partRecords(params['n']));
