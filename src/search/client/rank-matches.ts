/**
 * The order of a search's documents. By relevance: the document whose 发文字号 or 索引号 the
 * query is, then documents with the query in their title or 发文字号, then by BM25's term-frequency weight of the number of matches against the
 * document's length; by date: 成文日期, undated last. Ties go to the other order, then to the
 * ordinal, so an order never depends on the browser.
 */
import type { PhraseMatch } from './match-phrase.ts';

export type SortOrder = 'relevance' | 'date-desc' | 'date-asc';

export interface RankingData {
  dates: string[];
  lengths: number[];
  heads: number[];
}

const K1 = 1.2;
const B = 0.75;

/** Document ordinals, best first; the documents in `exact` (the query is their 发文字号 or 索引号) lead in every order. */
export function rankMatches(
  matches: Map<number, PhraseMatch>,
  data: RankingData,
  sort: SortOrder,
  exact: ReadonlySet<number> = new Set(),
): number[] {
  const average = data.lengths.reduce((a, b) => a + b, 0) / Math.max(1, data.lengths.length);
  const rows = [...matches].map(([doc, m]) => {
    const norm = 1 - B + (B * (data.lengths[doc] ?? average)) / (average || 1);
    return {
      doc,
      exact: exact.has(doc) ? 0 : 1,
      head: m.first < (data.heads[doc] ?? 0) ? 0 : 1,
      score: (m.count * (K1 + 1)) / (m.count + K1 * norm),
      date: data.dates[doc] ?? '',
    };
  });
  type Row = (typeof rows)[number];
  const byRelevance = (a: Row, b: Row) => a.head - b.head || b.score - a.score;
  const byDate = (a: Row, b: Row) =>
    (!a.date ? 1 : 0) - (!b.date ? 1 : 0) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) * (sort === 'date-asc' ? 1 : -1);
  rows.sort(
    (a, b) =>
      a.exact - b.exact ||
      (sort === 'relevance' ? byRelevance(a, b) || byDate(a, b) : byDate(a, b) || byRelevance(a, b)) ||
      a.doc - b.doc,
  );
  return rows.map((r) => r.doc);
}
