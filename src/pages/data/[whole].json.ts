import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { corpusOnce } from '../../open-data/corpus-parts.ts';
import { jsonResponse } from '../../open-data/data-records.ts';
import { wholePaths } from '../../open-data/part-routes.ts';
import { documentHref } from '../../site/urls.ts';

/**
 * data/documents.json: one record per document, the frontmatter plus its page URL (base
 * included), in source order; schema at data/schema.json. Once the corpus is more than one
 * part (src/open-data/corpus-parts.ts) it is not published at all: the parts and
 * data/documents/index.json stand for it.
 */
export const getStaticPaths = (() => wholePaths('json')) satisfies GetStaticPaths;

export const GET: APIRoute = async () => jsonResponse(corpusOnce((await getArchive()).docs, documentHref).records);
