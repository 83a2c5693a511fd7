import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getArchive } from '../../archive/archive.ts';
import { corpusOnce, wholeFilesPublished } from '../../open-data/corpus-parts.ts';
import { documentRecord } from '../../open-data/data-records.ts';
import { documentsCsv } from '../../open-data/documents-csv.ts';
import { documentHref } from '../../site/urls.ts';

/**
 * documents.csv: the records of documents.json as a table, in the same order; published, like
 * documents.json, while the corpus is one part (src/open-data/corpus-parts.ts).
 */
export const GET: APIRoute = async () => {
  // An empty body: Astro writes no file for it.
  if (!wholeFilesPublished(corpusOnce((await getArchive()).docs, documentHref))) return new Response(null);
  const docs = (await getCollection('documents')).sort((a, b) =>
    a.data.source < b.data.source ? -1 : a.data.source > b.data.source ? 1 : 0,
  );
  return new Response(documentsCsv(docs.map((d) => documentRecord(d.data, documentHref(d.data.slug)))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
