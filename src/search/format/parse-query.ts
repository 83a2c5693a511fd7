/**
 * The search's query language, as the search page states it in one line: words separated by
 * spaces (ASCII or full-width) must all occur; "…" keeps a phrase with its spaces as one word;
 * -词 leaves out the documents containing 词. Each word is exact: its characters in that order,
 * whitespace ignored, folded by foldText (full-width/half-width, bracket kinds). A 发文字号 is
 * recognised whatever its brackets, spacing or 第: 吉卫复议字[2020]第49号 finds 吉卫复议字〔2020〕49号.
 */
import { compactText } from './text-match.ts';
import { foldText } from './fold-text.ts';

/** One word of a query: what the reader typed, and the folded forms any of which may occur. */
export interface QueryTerm {
  label: string;
  forms: string[];
}

export interface ParsedQuery {
  /** Words that must all occur. */
  include: QueryTerm[];
  /** Words that must not occur. */
  exclude: QueryTerm[];
  /** The query as a document identifier (发文字号 or 索引号) key, when it can be one; else null. */
  id: string | null;
}

/** A 发文字号's year and number, brackets folded: 〔2020〕49号, 〔2020〕第49号. */
const numberPart = /〔(\d{4})〕(第?)(\d+)/u;
/** A query that is one 发文字号 and nothing else, once folded and compacted. */
const wholeNumber = /^[^〔〕]*〔\d{4}〕第?\d+号?$/u;

/**
 * The key a 发文字号 or 索引号 is looked up by: folded, whitespace removed, no 第 before the
 * number (吉卫复议字（2020）第 49 号 → 吉卫复议字〔2020〕49号).
 */
export function identifierKey(text: string): string {
  return foldText(compactText(text)).replace(numberPart, '〔$1〕$3');
}

/** The forms of one word: a 发文字号's number with and without 第, else the word itself. */
function formsOf(word: string): string[] {
  const folded = foldText(compactText(word));
  const m = numberPart.exec(folded);
  if (!m) return folded ? [folded] : [];
  const head = folded.slice(0, m.index);
  const tail = folded.slice(m.index + m[0].length);
  return [`${head}〔${m[1]}〕${m[3]}${tail}`, `${head}〔${m[1]}〕第${m[3]}${tail}`];
}

const term = (label: string): QueryTerm => ({ label, forms: formsOf(label) });

/** Splits a query into its words, phrases and exclusions. */
export function parseQuery(query: string): ParsedQuery {
  const q = query.normalize('NFC').trim();
  const compact = foldText(compactText(q));
  // A whole query that reads as one 发文字号 (brackets, 第 and spaces as anyone types them) is one word.
  if (wholeNumber.test(compact) && !/["“”＂]|(^|\s)[-－]/u.test(q)) {
    return { include: [term(q)], exclude: [], id: identifierKey(q) };
  }
  const include: QueryTerm[] = [];
  const exclude: QueryTerm[] = [];
  const token = /([-－]?)(?:["“”＂]([^"“”＂]*)["“”＂]?|(\S+))/gu;
  for (const m of q.matchAll(token)) {
    const [, minus, phrase, word] = m;
    const text = phrase ?? word ?? '';
    // A lone - is a character to search for, not an exclusion of nothing.
    const t = minus && !text ? term(minus) : term(text);
    if (t.forms.length === 0) continue;
    (minus && text ? exclude : include).push(t);
  }
  const single = include.length === 1 && exclude.length === 0 && !/["“”＂]/u.test(q);
  // Anything that may be a 索引号 (11220000MB1519656C/2020-11206): one word with a digit.
  const id = single && /\d/u.test(compact) && [...compact].length >= 6 ? identifierKey(q) : null;
  return { include, exclude, id };
}

/** Which of `buckets` identifier files (search-index/i/<n>.bin) holds a key: FNV-1a of its UTF-16 units. */
export function identifierBucket(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}
