import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { newestDate } from '../../../lib/document-date.ts';
import { documentFeed, feedResponse } from '../../../lib/document-feed.ts';
import { concernsTopic } from '../../../lib/feed-membership.ts';
import { readTopics } from '../../../lib/read-registries.ts';

/** feeds/topics/<topic-slug>.xml: the documents about a topic. */
export const getStaticPaths = (() => readTopics().map((topic) => ({ params: { topic: topic.slug }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { topic } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const all = await getCollection('documents');
  const docs = all.filter((d) => concernsTopic(d.data, topic.slug));
  const o = {
    feedPath: `feeds/topics/${topic.slug}.xml`,
    pagePath: `topics/${topic.slug}/`,
    title: `政策文库：${topic.name}`,
    subtitle: `关于“${topic.name}”的文件，按日期由新到旧。`,
    fallbackDate: newestDate(all.map((d) => d.data)),
  };
  return feedResponse(documentFeed(docs, o, site));
};
