import type { APIRoute } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { corpusOnce, wholeFilesPublished } from '../../open-data/corpus-parts.ts';
import { jsonResponse } from '../../open-data/data-records.ts';
import { documentHref } from '../../site/urls.ts';

/**
 * documents.json: one record per document, the frontmatter plus its page URL (base included),
 * in source order; schema at data/schema.json. Once the
 * corpus is more than one part (src/open-data/corpus-parts.ts) it is not published at all: the parts
 * and data/documents/index.json stand for it.
 */
export const GET: APIRoute = async () => {
  const corpus = corpusOnce((await getArchive()).docs, documentHref);
  // An empty body: Astro writes no file for it.
  if (!wholeFilesPublished(corpus)) return new Response(null);
  return jsonResponse(corpus.records);
};
