/**
 * The benchmark's query set, derived from the corpus text alone (deterministic: a fixed-seed
 * generator, documents taken in name order): substrings of 2 to 8 characters, words cut out of
 * longer compounds, document numbers, names of people and bodies, and mixed digits.
 */
import { seededRandom } from './seeded-random.ts';

export interface BenchQuery {
  kind: 'substring' | 'inner' | 'docNumber' | 'name' | 'digits';
  q: string;
}

const CJK = /^[\u3400-\u9fff]+$/u;

/** Every match of `re` in the texts, in text order, without repeats. */
function matches(texts: string[], re: RegExp): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(re)) out.add(m[1] ?? m[0]);
  return [...out];
}

function pick<T>(items: T[], n: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

/** About `perKind` queries of each kind from the published texts (whitespace removed). */
export function benchQueries(texts: string[], perKind = 25): BenchQuery[] {
  const next = seededRandom(20261124);
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const add = (kind: BenchQuery['kind'], q: string) => {
    if (q.length >= 2 && !seen.has(q)) {
      seen.add(q);
      out.push({ kind, q });
    }
  };
  // Random substrings of Chinese text, 2 to 8 characters, from random documents.
  for (let tries = 0; out.filter((x) => x.kind === 'substring').length < perKind * 2 && tries < 10_000; tries++) {
    const t = texts[Math.floor(next() * texts.length)]!;
    const len = 2 + Math.floor(next() * 7);
    const at = Math.floor(next() * Math.max(1, t.length - len));
    const q = t.slice(at, at + len);
    if (CJK.test(q)) add('substring', q);
  }
  // A word inside a longer compound: the middle of a run of 6+ Chinese characters.
  const runs = matches(texts, /[\u4e00-\u9fff]{6,}/gu);
  for (const run of pick(runs, perKind, next)) {
    const len = 2 + Math.floor(next() * 3);
    const at = 1 + Math.floor(next() * (run.length - len - 1));
    add('inner', run.slice(at, at + len));
  }
  for (const q of pick(matches(texts, /[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号/gu), perKind, next)) add('docNumber', q);
  const names = [
    ...matches(texts, /([\u4e00-\u9fff]{2,3})委员[：，]/gu),
    ...matches(texts, /(?:省|市|国家)[\u4e00-\u9fff]{1,8}?(?:厅|局|委员会|办公室|中心|大学|医院)/gu),
  ];
  for (const q of pick(names, perKind, next)) add('name', q);
  for (const q of pick(matches(texts, /\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}/gu), perKind, next)) add('digits', q.slice(0, 8));
  return out;
}
