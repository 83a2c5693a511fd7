import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getArchive } from '../../lib/archive.ts';
import { corpusOnce, wholeFilesPublished } from '../../lib/corpus-parts.ts';
import { documentRecord, jsonResponse } from '../../lib/data-records.ts';
import { rememberDatedRecords } from '../../lib/dated-records.ts';
import { normalisedRecordsFile, publishRecordsFile } from '../../lib/normalised-records.ts';
import { documentHref } from '../../lib/urls.ts';

/**
 * documents.json: one record per document, the frontmatter plus its page URL (base included),
 * in source order; schema at data/schema.json. Under scripts/build.ts the build script's own
 * documents.json is published instead when it is this very file (src/lib/normalised-records.ts):
 * the route then writes nothing and scripts/build.ts links that file into the site. Once the
 * corpus is more than one part (src/lib/corpus-parts.ts) it is not published at all: the parts
 * and data/documents/index.json stand for it.
 */
export const GET: APIRoute = async () => {
  const docs = (await getCollection('documents')).sort((a, b) =>
    a.data.source < b.data.source ? -1 : a.data.source > b.data.source ? 1 : 0,
  );
  const urls = docs.map((d) => ({ slug: d.data.slug, url: documentHref(d.data.slug) }));
  rememberDatedRecords(
    docs.map((d, i) => ({ url: urls[i]!.url, dateWritten: d.data.dateWritten, datePublished: d.data.datePublished })),
  );
  // An empty body: Astro writes no file for it.
  if (!wholeFilesPublished(corpusOnce((await getArchive()).docs, documentHref))) return new Response(null);
  const file = normalisedRecordsFile(urls);
  if (file) {
    publishRecordsFile(file);
    // An empty body: Astro writes no file for it.
    return new Response(null);
  }
  return jsonResponse(docs.map((d, i) => documentRecord(d.data, urls[i]!.url)));
};
