import type { APIRoute } from 'astro';
import { getArchive } from '../../../archive/archive.ts';
import { corpusIndex, corpusOnce } from '../../../open-data/corpus-parts.ts';
import { jsonResponse } from '../../../open-data/data-records.ts';
import { documentHref, href } from '../../../site/urls.ts';

/** data/documents/index.json: the number of documents, the schemas, and every part of the corpus (src/open-data/corpus-parts.ts). */
export const GET: APIRoute = async () => jsonResponse(corpusIndex(corpusOnce((await getArchive()).docs, documentHref), href));
