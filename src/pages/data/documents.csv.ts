import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { documentRecord } from '../../lib/data-records.ts';
import { documentsCsv } from '../../lib/documents-csv.ts';
import { documentHref } from '../../lib/urls.ts';

/** documents.csv: the records of documents.json as a table, in the same order. */
export const GET: APIRoute = async () => {
  const docs = (await getCollection('documents')).sort((a, b) =>
    a.data.source < b.data.source ? -1 : a.data.source > b.data.source ? 1 : 0,
  );
  return new Response(documentsCsv(docs.map((d) => documentRecord(d.data, documentHref(d.data.slug)))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
