/** Builds the Atom feed of a list of documents: newest first, links and ids absolute. */
import type { DocumentData } from '../schema/document.ts';
import { atomFeed } from './atom-feed.ts';
import { byNewest, documentDate, newestDate } from './document-date.ts';
import { bodySummary } from './document-summary.ts';
import { FEED_ENTRIES } from './feed-size.ts';
import { absoluteUrl } from './urls.ts';

export interface FeedDocument {
  data: DocumentData;
  body?: string | undefined;
}

export interface FeedOptions {
  /** Path of the feed under the base, e.g. `feeds/documents.xml`. */
  feedPath: string;
  /** Path of the page it belongs to, e.g. `departments/jl-kjt/`. */
  pagePath: string;
  title: string;
  subtitle: string;
  /** Date used when no document of the feed is dated: the newest date of the archive. */
  fallbackDate: string | null;
}

// With no dated document anywhere there is no honest date; the epoch keeps the feed valid
// and the output free of the clock.
const NO_DATE = '1970-01-01';

/** The feed XML: the FEED_ENTRIES newest documents; undated ones come last and take the feed's own date as `updated`. */
export function documentFeed(docs: readonly FeedDocument[], o: FeedOptions, site: URL | undefined): string {
  const sorted = [...docs].sort((a, b) => byNewest(a.data, b.data));
  const updated = newestDate(sorted.map((d) => d.data)) ?? o.fallbackDate ?? NO_DATE;
  return atomFeed({
    selfUrl: absoluteUrl(o.feedPath, site),
    pageUrl: absoluteUrl(o.pagePath, site),
    title: o.title,
    subtitle: o.subtitle,
    updated,
    author: '政策文库',
    entries: sorted.slice(0, FEED_ENTRIES).map(({ data, body }) => ({
      url: absoluteUrl(`documents/${data.slug}/`, site),
      title: data.title,
      updated: documentDate(data) ?? updated,
      published: documentDate(data),
      summary: bodySummary(body ?? ''),
      authors: [data.issuer, ...data.coIssuers].filter((a): a is string => !!a),
      categories: data.topics.map((t) => t.slug),
    })),
  });
}

/** The HTTP response of a feed endpoint. */
export const feedResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
