import type { DocumentData } from '../../src/schema/document.ts';

const compact = (s: string) => s.replace(/[\s\u3000\u00a0]/g, '');

/** What a citation can resolve to: an archived document's slug, title, number and attachments. */
export interface CitationTarget {
  slug: string;
  title: string;
  docNumber: string | null;
  attachments: readonly string[];
}

/** Archived documents by compacted title (and attachment title) and by 发文字号. */
export interface CitationIndex {
  byTitle: Map<string, string>;
  byNumber: Map<string, string>;
}

/**
 * Indexes the archive for citations: its titles, the title inside 关于印发《X》的通知, its
 * attachments' titles and its numbers. When two documents claim one key, the smaller slug wins.
 */
export function citationIndex(targets: readonly CitationTarget[]): CitationIndex {
  const byTitle = new Map<string, string>();
  const byNumber = new Map<string, string>();
  const claim = (map: Map<string, string>, key: string, slug: string) => {
    if (key !== '' && !map.has(key)) map.set(key, slug);
  };
  const sorted = [...targets].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const d of sorted) {
    claim(byTitle, compact(d.title), d.slug);
    const issued = /^关于印发《(.+)》的通知$/.exec(compact(d.title))?.[1];
    if (issued) claim(byTitle, issued, d.slug);
    for (const a of d.attachments) claim(byTitle, compact(a), d.slug);
    if (d.docNumber) claim(byNumber, compact(d.docNumber), d.slug);
  }
  return { byTitle, byNumber };
}

/** The slug of the archived document a citation stands for, never the citing one's own (`own`); null for none. */
export function resolvedSlug(
  index: CitationIndex,
  c: Pick<DocumentData['citations'][number], 'kind' | 'text'>,
  own: string,
): string | null {
  const slug = (c.kind === 'title' ? index.byTitle : index.byNumber).get(c.text) ?? null;
  return slug === own ? null : slug;
}

/** The record with each citation resolved to an archived document's slug, never its own. */
export function resolveWith(index: CitationIndex, d: DocumentData): DocumentData {
  return { ...d, citations: d.citations.map((c) => ({ ...c, resolved: resolvedSlug(index, c, d.slug) })) };
}

/**
 * The second pass, once every document is read: a cited title or 发文字号 that matches an
 * archived document resolves to that document's slug (see citationIndex). Returns new
 * records; the input is not changed.
 */
export function resolveCitations(documents: readonly DocumentData[]): DocumentData[] {
  const index = citationIndex(documents);
  return documents.map((d) => resolveWith(index, d));
}
