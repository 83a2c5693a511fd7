/**
 * The archive's one date policy. A document is filed, listed, fed, mapped and cited under its
 * 成文日期 (the date it bears, GB/T 9704-2012 7.3.5.3; the build takes it from the disclosure
 * header, else from the date under the signature), else its 发布日期 (the portal's publication
 * date); a document stating neither is 日期不详: listed after every dated one, never a
 * previous/next neighbour by date, and given no date of another document.
 */
import type { DocumentData } from '../schema/document.ts';

type Dated = Pick<DocumentData, 'datePublished' | 'dateWritten'>;

/** What lists print for a document without a date. */
export const UNDATED = '日期不详';

/** 成文日期 when the document states one, else 发布日期; null when it states neither. */
export function documentDate(d: Dated): string | null {
  return d.dateWritten ?? d.datePublished;
}

/** Newest first by documentDate; undated documents last; ties by slug, so the order is stable. */
export function byNewest(a: Dated & Pick<DocumentData, 'slug'>, b: typeof a): number {
  const da = documentDate(a) ?? '';
  const db = documentDate(b) ?? '';
  return db < da ? -1 : db > da ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** The newest date among documents, or null when none is dated. */
export function newestDate(docs: readonly Dated[]): string | null {
  return docs.map(documentDate).reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null);
}

/**
 * Previous (older) and next (newer) document of each dated document, in date order (ties by
 * slug); an undated document has neither and is nobody's neighbour, since its place is unknown.
 */
export function dateNeighbours<D extends Dated & Pick<DocumentData, 'slug'>>(
  docs: readonly D[],
): Map<string, { prev: D | null; next: D | null }> {
  const dated = docs
    .filter((d) => documentDate(d) !== null)
    .sort(byNewest)
    .reverse();
  const out = new Map<string, { prev: D | null; next: D | null }>();
  for (const d of docs) out.set(d.slug, { prev: null, next: null });
  dated.forEach((d, i) => out.set(d.slug, { prev: dated[i - 1] ?? null, next: dated[i + 1] ?? null }));
  return out;
}
