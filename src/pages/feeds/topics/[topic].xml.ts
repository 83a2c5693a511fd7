import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../archive/archive.ts';
import { documentFeed, feedResponse } from '../../../views/document-feed.ts';
import { plannedPaths } from '../../../build-cache/page-plan.ts';
import { topicFeed, topicFeeds } from '../../../views/feed-views.ts';

/** feeds/topics/<topic-slug>.xml: the documents about a topic, the same as its page. */
export const getStaticPaths = (async () => plannedPaths(topicFeeds(await getArchive()))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const { docs, options } = topicFeed(archive, params['topic']!);
  return feedResponse(documentFeed(docs, options, site, archive));
};
