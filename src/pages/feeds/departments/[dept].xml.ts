import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../archive/archive.ts';
import { documentFeed, feedResponse } from '../../../views/document-feed.ts';
import { plannedPaths } from '../../../build-cache/page-plan.ts';
import { departmentFeed, departmentFeeds } from '../../../views/feed-views.ts';

/**
 * feeds/departments/<dept-slug>.xml: the documents a department issued, co-issued, was
 * addressed or copied, or is mentioned in: the same documents as its page, by the archive's
 * department index. Departments that no document names have no page, and so no feed.
 */
export const getStaticPaths = (async () => plannedPaths(departmentFeeds(await getArchive()))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const { docs, options } = departmentFeed(archive, params['dept']!);
  return feedResponse(documentFeed(docs, options, site, archive));
};
