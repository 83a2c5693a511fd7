/** Which date stands for a document in feeds, sitemaps and listings, and the newest-first order. */
import type { DocumentData } from '../schema/document.ts';

/** 发布日期 when the document states one, else 成文日期; null when it states neither. */
export function documentDate(d: Pick<DocumentData, 'datePublished' | 'dateWritten'>): string | null {
  return d.datePublished ?? d.dateWritten;
}

/** Newest first by documentDate; undated documents last; ties by slug, so the order is stable. */
export function byNewest(a: Pick<DocumentData, 'datePublished' | 'dateWritten' | 'slug'>, b: typeof a): number {
  const da = documentDate(a) ?? '';
  const db = documentDate(b) ?? '';
  return db.localeCompare(da) || a.slug.localeCompare(b.slug);
}

/** The newest date among documents, or null when none is dated. */
export function newestDate(docs: readonly Pick<DocumentData, 'datePublished' | 'dateWritten'>[]): string | null {
  return docs.map(documentDate).reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null);
}
