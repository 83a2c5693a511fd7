import type { APIRoute } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { corpusOnce, wholeFilesPublished } from '../../open-data/corpus-parts.ts';
import { documentsCsv } from '../../open-data/documents-csv.ts';
import { documentHref } from '../../site/urls.ts';

/**
 * documents.csv: the records of documents.json as a table, in the same order; published, like
 * documents.json, while the corpus is one part (src/open-data/corpus-parts.ts).
 */
export const GET: APIRoute = async () => {
  // An empty body: Astro writes no file for it.
  const corpus = corpusOnce((await getArchive()).docs, documentHref);
  if (!wholeFilesPublished(corpus)) return new Response(null);
  return new Response(documentsCsv(corpus.records), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
