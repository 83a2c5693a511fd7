/**
 * The benchmark's query set, derived from the corpus text alone (deterministic: a fixed-seed
 * generator, documents taken in name order): substrings of 2 to 8 characters, words cut out of
 * longer compounds, document numbers, names of people and bodies, mixed digits, two words
 * separated by a space (all must occur), and document numbers written as people type them
 * (other brackets, 第, spaces).
 */
import { seededRandom } from './seeded-random.ts';

export type QueryKind = 'substring' | 'inner' | 'docNumber' | 'name' | 'digits' | 'and' | 'variant';
export const queryKinds: readonly QueryKind[] = ['substring', 'inner', 'docNumber', 'name', 'digits', 'and', 'variant'];

export interface BenchQuery {
  kind: QueryKind;
  /** What is typed. */
  q: string;
  /**
   * The oracle's reading of it, written out here and not by the search code: every word must
   * occur in a document's folded text (benchFold), each word in any of its forms.
   */
  words: string[][];
  /** A 发文字号 the query stands for: the document printing it should come first. */
  exact?: string;
}

const CJK = /^[\u3400-\u9fff]+$/u;

/**
 * Folding as the search page documents it: full-width ASCII to half-width, the brackets
 * ( [ 【 〖 and their closers to 〔 〕. Kept apart from the search's own code on purpose.
 */
export function benchFold(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[([【〖]/gu, '〔')
    .replace(/[)\]】〗]/gu, '〕');
}

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

/** A 发文字号 and the same with 第 before its number: a query of either finds both. */
const numberForms = (n: string) => [n, n.replace(/〕(\d)/u, '〕第$1')];

/**
 * About `perKind` queries of each kind from the published texts (whitespace removed) and the
 * documents' 发文字号 (`numbers`, for the variants typed as people type them).
 */
export function benchQueries(texts: string[], perKind = 25, numbers: string[] = []): BenchQuery[] {
  const next = seededRandom(20261124);
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const add = (kind: QueryKind, q: string, words: string[][] = [[q]], exact?: string) => {
    if (q.length >= 2 && !seen.has(q)) {
      seen.add(q);
      out.push({ kind, q, words, ...(exact ? { exact } : {}) });
    }
  };
  const cjkSlice = (t: string, len: number) => {
    const at = Math.floor(next() * Math.max(1, t.length - len));
    return t.slice(at, at + len);
  };
  // Random substrings of Chinese text, 2 to 8 characters, from random documents.
  for (let tries = 0; out.filter((x) => x.kind === 'substring').length < perKind * 2 && tries < 10_000; tries++) {
    const q = cjkSlice(texts[Math.floor(next() * texts.length)]!, 2 + Math.floor(next() * 7));
    if (CJK.test(q)) add('substring', q);
  }
  // A word inside a longer compound: the middle of a run of 6+ Chinese characters.
  const runs = matches(texts, /[\u4e00-\u9fff]{6,}/gu);
  for (const run of pick(runs, perKind, next)) {
    const len = 2 + Math.floor(next() * 3);
    const at = 1 + Math.floor(next() * (run.length - len - 1));
    add('inner', run.slice(at, at + len));
  }
  const printed = matches(texts, /[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号/gu);
  for (const q of pick(printed, perKind, next)) add('docNumber', q, [numberForms(q)]);
  const names = [
    ...matches(texts, /([\u4e00-\u9fff]{2,3})委员[：，]/gu),
    ...matches(texts, /(?:省|市|国家)[\u4e00-\u9fff]{1,8}?(?:厅|局|委员会|办公室|中心|大学|医院)/gu),
  ];
  for (const q of pick(names, perKind, next)) add('name', q);
  for (const q of pick(matches(texts, /\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}/gu), perKind, next)) add('digits', q.slice(0, 8));
  // Two words, from one document (most find it) or from two (many find nothing).
  for (let tries = 0; out.filter((x) => x.kind === 'and').length < perKind && tries < 10_000; tries++) {
    const one = texts[Math.floor(next() * texts.length)]!;
    const other = next() < 0.7 ? one : texts[Math.floor(next() * texts.length)]!;
    const a = cjkSlice(one, 2 + Math.floor(next() * 3));
    const b = cjkSlice(other, 2 + Math.floor(next() * 3));
    if (CJK.test(a) && CJK.test(b) && !a.includes(b) && !b.includes(a)) add('and', `${a} ${b}`, [[a], [b]]);
  }
  // A document number as people type it.
  const styles: ((p: string, y: string, n: string) => string)[] = [
    (p, y, n) => `${p}[${y}]${n}号`,
    (p, y, n) => `${p}(${y})${n}号`,
    (p, y, n) => `${p}（${y}）第${n}号`,
    (p, y, n) => `${p}【${y}】${n}号`,
    (p, y, n) => `${p} 〔${y}〕 第 ${n} 号`,
    (p, y, n) => `${p}〔${y}〕第${n}号`,
  ];
  const whole = numbers.filter((n) => /^.+〔\d{4}〕\d+号$/u.test(n)).sort();
  for (const [i, n] of pick(whole, perKind, next).entries()) {
    const m = /^(.*)〔(\d{4})〕(\d+)号$/u.exec(n)!;
    add('variant', styles[i % styles.length]!(m[1]!, m[2]!, m[3]!), [numberForms(n)], n);
  }
  return out;
}
