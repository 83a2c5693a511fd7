import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { documentFeed, feedResponse } from '../../../lib/document-feed.ts';
import type { Topic } from '../../../schema/registry.ts';

/** feeds/topics/<topic-slug>.xml: the documents about a topic, the same as its page. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.topics.map(({ topic }) => ({ params: { topic: topic.slug }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { topic } = props as { topic: Topic };
  const archive = await getArchive();
  const listed = archive.topics.find((t) => t.topic.slug === topic.slug)!;
  const docs = listed.docs.map((at) => at.doc);
  const o = {
    feedPath: `feeds/topics/${topic.slug}.xml`,
    pagePath: `topics/${topic.slug}/`,
    title: `政策文库：${topic.name}`,
    subtitle: `关于“${topic.name}”的文件，按日期由新到旧。`,
    fallbackDate: archive.newestDate,
  };
  return feedResponse(documentFeed(docs, o, site, archive.summaryOf));
};
