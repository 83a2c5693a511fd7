import type { DocumentData } from '../../src/schema/document.ts';

const compact = (s: string) => s.replace(/[\s\u3000\u00a0]/g, '');

/**
 * The second pass, once every document is read: a cited title or 发文字号 that matches an
 * archived document (its title, the title inside 关于印发《X》的通知, an attachment's title,
 * or its number) resolves to that document's slug. A document never resolves to itself.
 * Returns new records; the input is not changed.
 */
export function resolveCitations(documents: readonly DocumentData[]): DocumentData[] {
  const byTitle = new Map<string, string>();
  const byNumber = new Map<string, string>();
  const claim = (map: Map<string, string>, key: string, slug: string) => {
    if (key !== '' && !map.has(key)) map.set(key, slug);
  };
  const sorted = [...documents].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const d of sorted) {
    claim(byTitle, compact(d.title), d.slug);
    const issued = /^关于印发《(.+)》的通知$/.exec(compact(d.title))?.[1];
    if (issued) claim(byTitle, issued, d.slug);
    for (const a of d.attachments) claim(byTitle, compact(a), d.slug);
    if (d.docNumber) claim(byNumber, compact(d.docNumber), d.slug);
  }
  return documents.map((d) => ({
    ...d,
    citations: d.citations.map((c) => {
      const slug = (c.kind === 'title' ? byTitle : byNumber).get(c.text) ?? null;
      return { ...c, resolved: slug === d.slug ? null : slug };
    }),
  }));
}
