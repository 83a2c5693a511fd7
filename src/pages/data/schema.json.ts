import type { APIRoute } from 'astro';
import { documentRecordSchema, jsonResponse, jsonSchemaOf } from '../../open-data/data-records.ts';
import { absoluteUrl } from '../../site/urls.ts';

/** schema.json: the JSON Schema of one record of documents.json, generated from the zod schema. */
export const GET: APIRoute = ({ site }) =>
  jsonResponse(
    jsonSchemaOf(documentRecordSchema, '政策文库：documents.json 的记录', absoluteUrl('data/schema.json', site)),
    'application/schema+json',
  );
