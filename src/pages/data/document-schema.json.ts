import type { APIRoute } from 'astro';
import { documentDataSchema, jsonResponse, jsonSchemaOf } from '../../open-data/data-records.ts';
import { absoluteUrl } from '../../site/urls.ts';

/** document-schema.json: the JSON Schema of data/documents/<slug>.json, generated from the zod schema. */
export const GET: APIRoute = ({ site }) =>
  jsonResponse(
    jsonSchemaOf(documentDataSchema, '政策文库：单个文件的数据', absoluteUrl('data/document-schema.json', site)),
    'application/schema+json',
  );
