/** Builds the Atom feed of a list of documents: newest first, links and ids absolute. */
import type { DocumentData } from '../schema/document.ts';
import { atomFeed } from './atom-feed.ts';
import { proposalSubtitle } from './doc-labels.ts';
import { byNewest, documentDate, newestDate } from '../archive/document-date.ts';
import { FEED_ENTRIES } from './feed-size.ts';
import { absoluteUrl } from '../site/urls.ts';

export interface FeedOptions {
  /** Path of the feed under the base, e.g. `feeds/documents.xml`. */
  feedPath: string;
  /** Path of the page it belongs to, e.g. `departments/jl-kjt/`. */
  pagePath: string;
  title: string;
  subtitle: string;
  /** Date used when no document of the feed is dated: the newest date of the archive. */
  fallbackDate: string | null;
  /** How many of the newest documents it carries: FEED_ENTRIES unless given. */
  entries?: number;
}

// With no dated document anywhere there is no honest date; the epoch keeps the feed valid
// and the output free of the clock.
const NO_DATE = '1970-01-01';

/** What a feed carries: its `limit` newest documents, and its own date. */
export function feedContents(
  docs: readonly DocumentData[],
  fallbackDate: string | null,
  limit = FEED_ENTRIES,
): { entries: DocumentData[]; updated: string } {
  return { entries: [...docs].sort(byNewest).slice(0, limit), updated: newestDate(docs) ?? fallbackDate ?? NO_DATE };
}

/**
 * The feed XML: the newest documents (FeedOptions.entries); undated ones come last and take the feed's
 * own date as `updated` and no `published`. The archive gives an entry's summary (`summaryOf`,
 * documentSummary of its body) and its topics' Chinese names (category labels; unknown slugs are
 * left out).
 */
export function documentFeed(
  docs: readonly DocumentData[],
  o: FeedOptions,
  site: URL | undefined,
  { summaryOf, topicBySlug }: { summaryOf: (d: DocumentData) => string; topicBySlug: ReadonlyMap<string, { name: string }> },
): string {
  const { entries, updated } = feedContents(docs, o.fallbackDate, o.entries);
  return atomFeed({
    selfUrl: absoluteUrl(o.feedPath, site),
    pageUrl: absoluteUrl(o.pagePath, site),
    title: o.title,
    subtitle: o.subtitle,
    updated,
    author: '政策文库',
    entries: entries.map((data) => ({
      url: absoluteUrl(`documents/${data.slug}/`, site),
      title: feedTitle(data),
      updated: documentDate(data) ?? updated,
      published: documentDate(data),
      summary: summaryOf(data),
      authors: [data.issuer, ...data.coIssuers].filter((a): a is string => !!a),
      categories: data.topics.flatMap((t) => {
        const label = topicBySlug.get(t.slug)?.name;
        return label ? [{ term: t.slug, label }] : [];
      }),
    })),
  });
}

/** An entry's title: the document's, and a reply's proposal after a dash (feed readers show titles only). */
export function feedTitle(d: DocumentData): string {
  const sub = proposalSubtitle(d);
  return sub ? `${d.title}——${sub}` : d.title;
}

/** The HTTP response of a feed endpoint. */
export const feedResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
