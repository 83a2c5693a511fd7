/**
 * Related documents: same proposal session (weight 3), same issuer (2), each shared topic (1).
 * Candidates come from indexes by key, and only the documents nearest in date within each
 * group are considered, so a large group never makes the work quadratic.
 */
import type { DocumentData } from '../schema/document.ts';
import { newestFirst } from '../views/doc-labels.ts';

/** How many neighbours in date order each group contributes per document. */
const WINDOW = 10;
/** How many related documents a page shows. */
export const RELATED_LIMIT = 5;

export interface Related {
  doc: DocumentData;
  score: number;
  /** Why it is related, in Chinese, strongest first: 同一会议提案, 同一发文机关, 同一主题. */
  reasons: string[];
}

const REASONS = ['同一会议提案', '同一发文机关', '同一主题'] as const;

// A candidate's score and reasons share one number: the score times 8, plus a bit per reason.
type Group = { weight: number; reason: number; members: number[] };

/** Related documents of every document, keyed by slug, best first (score, then newest, then slug). */
export function relatedDocuments(docs: readonly DocumentData[]): Map<string, Related[]> {
  // Documents are compared by their place in newest-first order, computed once: comparing
  // dates and slugs in every sort of every candidate list cost most of the time.
  const ordered = [...docs].sort(newestFirst);
  const rank = new Map(ordered.map((d, i) => [d, i]));
  const groups = new Map<string, Group>();
  const join = (key: string, weight: number, reason: number, doc: number) => {
    const g = groups.get(key) ?? { weight, reason, members: [] };
    g.members.push(doc);
    groups.set(key, g);
  };
  ordered.forEach((d, i) => {
    if (d.proposal?.session) join(`session|${d.proposal.session}`, 3, 0, i);
    if (d.issuer) join(`issuer|${d.issuer}`, 2, 1, i);
    for (const t of d.topics) join(`topic|${t.slug}`, 1, 2, i);
  });
  // Per document (by rank): candidate rank → score × 8 plus a bit per reason.
  const scores = ordered.map(() => new Map<number, number>());
  for (const g of groups.values()) {
    // Members joined in rank order: the group is already newest first.
    const m = g.members;
    const add = g.weight * 8;
    const bit = 1 << g.reason;
    for (let i = 0; i < m.length; i++) {
      const mine = scores[m[i]!]!;
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(m.length - 1, i + WINDOW); j++) {
        if (j === i) continue;
        const other = m[j]!;
        mine.set(other, ((mine.get(other) ?? 0) + add) | bit);
      }
    }
  }
  const out = new Map<string, Related[]>();
  for (const d of docs) {
    const mine = scores[rank.get(d)!]!;
    const best = [...mine].sort((a, b) => (b[1] >> 3) - (a[1] >> 3) || a[0] - b[0]).slice(0, RELATED_LIMIT);
    out.set(
      d.slug,
      best.map(([other, v]) => ({ doc: ordered[other]!, score: v >> 3, reasons: REASONS.filter((_, k) => v & (1 << k)) })),
    );
  }
  return out;
}
