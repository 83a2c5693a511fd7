import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { documentRecord, jsonResponse } from '../../lib/data-records.ts';
import { rememberDatedRecords } from '../../lib/dated-records.ts';
import { normalisedDocumentsJson } from '../../lib/normalised-records.ts';
import { documentHref } from '../../lib/urls.ts';

/**
 * documents.json: one record per document, the frontmatter plus its page URL (base included),
 * in source order; schema at data/schema.json. The build script's own documents.json is
 * published as it is when it is this very file (src/lib/normalised-records.ts).
 */
export const GET: APIRoute = async () => {
  const docs = (await getCollection('documents')).sort((a, b) =>
    a.data.source < b.data.source ? -1 : a.data.source > b.data.source ? 1 : 0,
  );
  const urls = docs.map((d) => ({ slug: d.data.slug, url: documentHref(d.data.slug) }));
  rememberDatedRecords(
    docs.map((d, i) => ({ url: urls[i]!.url, dateWritten: d.data.dateWritten, datePublished: d.data.datePublished })),
  );
  const written = normalisedDocumentsJson(resolve(process.cwd(), process.env['DOCUMENTS_DIR'] || 'content/documents'), urls);
  if (written)
    return new Response(new Uint8Array(written.buffer as ArrayBuffer, written.byteOffset, written.length), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  return jsonResponse(docs.map((d, i) => documentRecord(d.data, urls[i]!.url)));
};
