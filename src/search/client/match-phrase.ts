/**
 * Exact substring matching over bigram postings. A query of k ≥ 2 characters occurs at
 * position p of a text exactly when each bigram of a set that covers all k characters occurs at
 * p plus its offset in the query: the bigrams at offsets 0, 2, 4, … and k − 2 are enough, so a
 * query fetches about half its bigrams. Pure functions, shared by the search page and tests.
 */
import type { Postings } from '../format/postings.ts';

/** The code points of a query or text, as the index counts them. */
export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Offsets in the query of the bigrams whose postings decide a match (k ≥ 2). */
export function coverOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let o = 0; o <= length - 2; o += 2) offsets.push(o);
  if (offsets.at(-1) !== length - 2) offsets.push(length - 2);
  return offsets;
}

/** Whether a sorted array holds a value (binary search). */
function holds(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** A document's matches: how many, and where the first starts. */
export interface PhraseMatch {
  count: number;
  first: number;
}

/**
 * The documents where every bigram occurs at its offset from a common start, with the number
 * of such starts. `terms` pairs each cover offset with its bigram's postings.
 */
export function matchPhrase(terms: [offset: number, postings: Postings][]): Map<number, PhraseMatch> {
  const out = new Map<number, PhraseMatch>();
  if (terms.length === 0) return out;
  // Walk the documents and positions of the rarest bigram; check the others by lookup.
  const sorted = [...terms].sort((a, b) => a[1].size - b[1].size);
  const [[baseOffset, base], ...rest] = sorted as [[number, Postings], ...[number, Postings][]];
  for (const [doc, positions] of base) {
    const others = rest.map(([offset, postings]) => [offset, postings.get(doc)] as const);
    if (others.some(([, p]) => !p)) continue;
    let count = 0;
    let first = -1;
    for (const pos of positions) {
      const start = pos - baseOffset;
      if (start < 0) continue;
      if (others.every(([offset, p]) => holds(p!, start + offset))) {
        if (count === 0) first = start;
        count++;
      }
    }
    if (count > 0) out.set(doc, { count, first });
  }
  return out;
}
