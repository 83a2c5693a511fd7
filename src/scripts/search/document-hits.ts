/**
 * Where a query occurs in a document's indexed text, as excerpts of the original characters
 * with the hit marked, grouped by section.
 */
import { compactText, positionsOf } from '../../lib/text-match.ts';
import type { SectionStart } from '../../lib/search-document.ts';

/** An excerpt: text before the hit, the hit, text after. */
export interface Excerpt {
  before: string;
  hit: string;
  after: string;
}

/** A section holding hits: its id ('' before the first section), heading and first hit. */
export interface SectionHits {
  id: string;
  heading: string;
  count: number;
  excerpt: Excerpt;
}

export interface DocumentHits {
  /** The first hit in the title, document number or the text before the first section. */
  excerpt: Excerpt | null;
  sections: SectionHits[];
}

export { positionsOf };

/** Up to `context` characters either side of the hit at `pos`, with … where the text goes on. */
export function excerptAt(text: string, pos: number, length: number, context = 40): Excerpt {
  const from = Math.max(0, pos - context);
  const to = Math.min(text.length, pos + length + context);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, pos),
    hit: text.slice(pos, pos + length),
    after: text.slice(pos + length, to) + (to < text.length ? '…' : ''),
  };
}

/** The hits of `query` in `text`, whose body sections start where `sections` says. */
export function documentHits(text: string, sections: SectionStart[], query: string): DocumentHits {
  const needle = compactText(query);
  const bodyStart = sections[0]?.[1] ?? text.length;
  const hits = positionsOf(text, needle);
  const out: SectionHits[] = [];
  for (const pos of hits) {
    if (pos < bodyStart) continue;
    let k = sections.length - 1;
    while (k > 0 && sections[k]![1] > pos) k--;
    const [id, start, heading] = sections[k]!;
    const end = sections[k + 1]?.[1] ?? text.length;
    const last = out.at(-1);
    if (last && last.id === id) last.count++;
    else out.push({ id, heading, count: 1, excerpt: excerptAt(text.slice(start, end), pos - start, needle.length) });
  }
  const head = hits.find((p) => p < bodyStart);
  const preamble = out[0]?.id === '' ? out.shift() : undefined;
  const excerpt = head !== undefined ? excerptAt(text.slice(0, bodyStart), head, needle.length) : (preamble?.excerpt ?? null);
  return { excerpt, sections: out };
}
