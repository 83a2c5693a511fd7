/**
 * Where a query's words occur in a document's indexed text, as excerpts of the original
 * characters with the hits marked, grouped by section. Words are matched in the folded text
 * (fold-text.ts), which has the shown text's length, so the excerpts show what the page shows.
 */
import { foldText } from '../format/fold-text.ts';
import { positionsOf } from '../format/text-match.ts';
import type { SectionStart } from '../format/result-data.ts';

/** An excerpt: runs of text, each a hit or not; `cut` says where the block goes on beyond it. */
export interface Excerpt {
  parts: { text: string; hit: boolean }[];
  cutBefore: boolean;
  cutAfter: boolean;
}

/** A section holding hits: its id ('' before the first section), name and first hit. */
export interface SectionHits {
  id: string;
  heading: string;
  count: number;
  excerpt: Excerpt;
}

export interface DocumentHits {
  /** True when a word stands in the title or 发文字号 (the result shows them marked). */
  inHead: boolean;
  /** The first hit in the text before the first section, if any. */
  excerpt: Excerpt | null;
  sections: SectionHits[];
}

export { positionsOf };

/** A hit: start and length in the text. */
export type Hit = [start: number, length: number];

/** Every occurrence of any of `forms` (folded) in `text`, by start; a hit inside an earlier one is dropped. */
export function hitsIn(text: string, forms: readonly string[]): Hit[] {
  const folded = foldText(text);
  const all: Hit[] = forms.flatMap((f) => positionsOf(folded, f).map((p): Hit => [p, f.length]));
  all.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Hit[] = [];
  for (const h of all) {
    const last = out.at(-1);
    if (!last || h[0] >= last[0] + last[1]) out.push(h);
  }
  return out;
}

// A cut never splits a number, a Latin word or a surrogate pair.
const joined = (text: string, at: number) =>
  /[0-9A-Za-z.．０-９]/u.test(text[at - 1] ?? '') && /[0-9A-Za-z.．０-９]/u.test(text[at] ?? '');
const lowSurrogate = (text: string, at: number) => /[\uDC00-\uDFFF]/u.test(text[at] ?? '');

/**
 * Up to `context` characters either side of the hit at `hits[0]`, inside [from, to) (its block),
 * moved outwards so no number is cut; the block's other hits in that window are marked too.
 */
export function excerptAt(text: string, hits: Hit[], from: number, to: number, context = 40): Excerpt {
  const [pos, length] = hits[0]!;
  let a = Math.max(from, pos - context);
  let b = Math.min(to, pos + length + context);
  while (a > from && (joined(text, a) || lowSurrogate(text, a))) a--;
  while (b < to && (joined(text, b) || lowSurrogate(text, b))) b++;
  const parts: Excerpt['parts'] = [];
  let at = a;
  for (const [p, n] of hits) {
    if (p < at || p + n > b) continue;
    if (p > at) parts.push({ text: text.slice(at, p), hit: false });
    parts.push({ text: text.slice(p, p + n), hit: true });
    at = p + n;
  }
  if (at < b) parts.push({ text: text.slice(at, b), hit: false });
  return { parts, cutBefore: a > from, cutAfter: b < to };
}

/** The block [start, end) holding `pos`, from the sorted block starts. */
function blockAround(blocks: readonly number[], pos: number, end: number): [number, number] {
  let k = blocks.length - 1;
  while (k > 0 && blocks[k]! > pos) k--;
  return [blocks[k] ?? 0, blocks[k + 1] ?? end];
}

/** The hits of the folded `forms` in `text`, whose body sections and blocks start where the index says. */
export function documentHits(
  text: string,
  sections: readonly SectionStart[],
  blocks: readonly number[],
  forms: readonly string[],
): DocumentHits {
  const bodyStart = blocks[0] ?? sections[0]?.[1] ?? text.length;
  const hits = hitsIn(text, forms);
  const out: (SectionHits & { hits: Hit[] })[] = [];
  for (const hit of hits) {
    const pos = hit[0];
    if (pos < bodyStart) continue;
    let k = sections.length - 1;
    while (k > 0 && sections[k]![1] > pos) k--;
    const id = sections[k]?.[0] ?? '';
    const last = out.at(-1);
    if (last && last.id === id) {
      last.count++;
      last.hits.push(hit);
    } else
      out.push({
        id,
        heading: sections[k]?.[2] ?? '',
        count: 1,
        hits: [hit],
        excerpt: { parts: [], cutBefore: false, cutAfter: false },
      });
  }
  for (const s of out) {
    const [from, to] = blockAround(blocks, s.hits[0]![0], text.length);
    s.excerpt = excerptAt(
      text,
      s.hits.filter(([p]) => p >= from && p < to),
      from,
      to,
    );
  }
  const preamble = out[0]?.id === '' ? out.shift() : undefined;
  return {
    inHead: hits.some(([p]) => p < bodyStart),
    excerpt: preamble?.excerpt ?? null,
    sections: out.map(({ id, heading, count, excerpt }) => ({ id, heading, count, excerpt })),
  };
}
