/**
 * The feeds of departments and topics: their documents and options, and their view models
 * for the page cache (src/build-cache/page-plan.ts). A feed entry shows only what a document's file
 * holds, so the view names each entry by slug and file digest.
 */
import type { LoadedArchive } from '../archive/archive.ts';
import { roles } from '../archive/department-roles.ts';
import { feedContents, type FeedOptions } from './document-feed.ts';
import { LISTING_FEED_ENTRIES } from './feed-size.ts';
import type { Candidate } from '../build-cache/page-plan.ts';
import type { DocumentData } from '../schema/document.ts';

export interface FeedInput {
  docs: DocumentData[];
  options: FeedOptions;
}

/** The documents a department issued, co-issued, was addressed or copied, or is mentioned in: the same as its page. */
export function departmentFeed(archive: LoadedArchive, slug: string): FeedInput {
  const entry = archive.departmentBySlug.get(slug)!;
  const dept = entry.department;
  const slugs = new Set(roles.flatMap((role) => entry.byRole[role].map((at) => at.doc.slug)));
  return {
    docs: [...slugs].map((s) => archive.bySlug.get(s)!),
    options: {
      feedPath: `feeds/departments/${dept.slug}.xml`,
      pagePath: `departments/${dept.slug}/`,
      title: `政策文库：${dept.name}`,
      subtitle: `${dept.name}发布、联合发布、主送、抄送或提及的文件，按日期由新到旧。`,
      fallbackDate: archive.newestDate,
      entries: LISTING_FEED_ENTRIES,
    },
  };
}

/** The documents about a topic, the same as its page. */
export function topicFeed(archive: LoadedArchive, slug: string): FeedInput {
  const { topic, docs } = archive.topics.find((t) => t.topic.slug === slug)!;
  return {
    docs: docs.map((at) => at.doc),
    options: {
      feedPath: `feeds/topics/${topic.slug}.xml`,
      pagePath: `topics/${topic.slug}/`,
      title: `政策文库：${topic.name}`,
      subtitle: `关于“${topic.name}”的文件，按日期由新到旧。`,
      fallbackDate: archive.newestDate,
      entries: LISTING_FEED_ENTRIES,
    },
  };
}

function feedCandidate<K extends string>(
  archive: LoadedArchive,
  param: K,
  slug: string,
  { docs, options }: FeedInput,
): Candidate<Record<K, string>> {
  const { entries, updated } = feedContents(docs, options.fallbackDate, options.entries);
  return {
    params: { [param]: slug } as Record<K, string>,
    file: options.feedPath,
    view: { options, updated, entries: entries.map((d) => `${d.slug} ${archive.fileOf(d.slug).digest}`) },
  };
}

export const departmentFeeds = (archive: LoadedArchive) =>
  [...archive.departments.values()]
    .filter((e) => e.total > 0)
    .map((e) => feedCandidate(archive, 'dept', e.department.slug, departmentFeed(archive, e.department.slug)));

export const topicFeeds = (archive: LoadedArchive) =>
  archive.topics
    .filter((t) => t.docs.length > 0)
    .map(({ topic }) => feedCandidate(archive, 'topic', topic.slug, topicFeed(archive, topic.slug)));
