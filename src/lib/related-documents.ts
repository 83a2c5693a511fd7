/**
 * Related documents: same proposal session (weight 3), same issuer (2), each shared topic (1).
 * Candidates come from indexes by key, and only the documents nearest in date within each
 * group are considered, so a large group never makes the work quadratic.
 */
import type { DocumentData } from '../schema/document.ts';
import { newestFirst } from './doc-labels.ts';

/** How many neighbours in date order each group contributes per document. */
const WINDOW = 10;
/** How many related documents a page shows. */
export const RELATED_LIMIT = 5;

export interface Related {
  doc: DocumentData;
  score: number;
  /** Why it is related, in Chinese: 同一会议提案, 同一发文机关, 同一主题. */
  reasons: string[];
}

type Group = { weight: number; reason: string; members: DocumentData[] };

/** Related documents of every document, keyed by slug, best first (score, then newest, then slug). */
export function relatedDocuments(docs: readonly DocumentData[]): Map<string, Related[]> {
  const groups = new Map<string, Group>();
  const join = (key: string, weight: number, reason: string, doc: DocumentData) => {
    const g = groups.get(key) ?? { weight, reason, members: [] };
    g.members.push(doc);
    groups.set(key, g);
  };
  for (const d of docs) {
    if (d.proposal?.session) join(`session|${d.proposal.session}`, 3, '同一会议提案', d);
    if (d.issuer) join(`issuer|${d.issuer}`, 2, '同一发文机关', d);
    for (const t of d.topics) join(`topic|${t.slug}`, 1, '同一主题', d);
  }
  const scores = new Map<string, Map<string, Related>>();
  for (const g of groups.values()) {
    g.members.sort(newestFirst);
    g.members.forEach((doc, i) => {
      const mine = scores.get(doc.slug) ?? new Map<string, Related>();
      scores.set(doc.slug, mine);
      const lo = Math.max(0, i - WINDOW);
      for (const other of g.members.slice(lo, i + WINDOW + 1)) {
        if (other === doc) continue;
        const r = mine.get(other.slug) ?? { doc: other, score: 0, reasons: [] };
        r.score += g.weight;
        if (!r.reasons.includes(g.reason)) r.reasons.push(g.reason);
        mine.set(other.slug, r);
      }
    });
  }
  const out = new Map<string, Related[]>();
  for (const d of docs) {
    const list = [...(scores.get(d.slug)?.values() ?? [])];
    list.sort((a, b) => b.score - a.score || newestFirst(a.doc, b.doc));
    out.set(d.slug, list.slice(0, RELATED_LIMIT));
  }
  return out;
}
