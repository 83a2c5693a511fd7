import type { APIRoute } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { corpusIndex, corpusOnce } from '../../../lib/corpus-parts.ts';
import { jsonResponse } from '../../../lib/data-records.ts';
import { documentHref, href } from '../../../lib/urls.ts';

/** data/documents/index.json: the number of documents, the schemas, and every part of the corpus (src/lib/corpus-parts.ts). */
export const GET: APIRoute = async () => jsonResponse(corpusIndex(corpusOnce((await getArchive()).docs, documentHref), href));
