import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { documentRecord, jsonResponse } from '../../lib/data-records.ts';
import { rememberDatedRecords } from '../../lib/dated-records.ts';
import { documentHref } from '../../lib/urls.ts';

/** documents.json: one record per document, the frontmatter plus its page URL (base included); schema at data/schema.json. */
export const GET: APIRoute = async () => {
  const docs = (await getCollection('documents')).sort((a, b) => a.data.source.localeCompare(b.data.source));
  const records = docs.map((d) => documentRecord(d.data, documentHref(d.data.slug)));
  rememberDatedRecords(records.map(({ url, dateWritten, datePublished }) => ({ url, dateWritten, datePublished })));
  return jsonResponse(records);
};
