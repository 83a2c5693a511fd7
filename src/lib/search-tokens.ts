/**
 * Exact Chinese search on Pagefind: the text is indexed as overlapping character bigrams, each
 * written as a Latin-looking word of 8 letters, so that no word segmenter (jieba at index time,
 * the browser's Intl.Segmenter at query time) ever sees Chinese text. The token at word
 * position i encodes characters i and i+1 of the compacted text, so a query of k characters is
 * the phrase of its k-1 bigram tokens at consecutive positions: an exact substring match.
 *
 * Shared by the index builder (Node) and the search page (browser); pure functions only.
 */
import { compactText } from './text-match.ts';

export { compactText };

/** Letters per encoded character: 26^4 = 456 976 code points, all of the BMP and more. */
const WIDTH = 4;
const A = 'a'.charCodeAt(0);
/** Marks the end of a text: the last character pairs with it, so 1-character prefixes find it. */
const END = 'zzzz';

/** One character as 4 lowercase letters of its code point in base 26: 中 (U+4E2D) → `bdjl`. */
export function encodeChar(char: string): string {
  let n = Math.min(char.codePointAt(0) ?? 0, 26 ** WIDTH - 2);
  let out = '';
  for (let i = 0; i < WIDTH; i++) {
    out = String.fromCharCode(A + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

/** The inverse of encodeChar; the end marker decodes to ''. */
export function decodeChar(code: string): string {
  if (code === END) return '';
  let n = 0;
  for (const c of code) n = n * 26 + (c.charCodeAt(0) - A);
  return String.fromCodePoint(n);
}

/** One token per character of the compacted text: that character and the next (or the end). */
export function textTokens(text: string): string[] {
  const chars = [...compactText(text)].map(encodeChar);
  return chars.map((c, i) => c + (chars[i + 1] ?? END));
}

/** The compacted text back from a run of tokens (anything else between them is ignored). */
export function decodeTokens(content: string): string {
  const words = content.match(/(?<![a-z])[a-z]{8}(?![a-z])/g) ?? [];
  return words.map((w) => decodeChar(w.slice(0, WIDTH))).join('');
}

/**
 * The Pagefind search term for a user's query: `"t1 t2 …"` (an exact phrase of bigram tokens)
 * for two characters or more, the 4-letter prefix of every bigram starting with the character
 * for one, null for an empty query.
 */
export function queryTerm(query: string): string | null {
  const chars = [...compactText(query)].map(encodeChar);
  if (chars.length === 0) return null;
  if (chars.length === 1) return chars[0]!;
  const tokens = chars.slice(1).map((c, i) => chars[i]! + c);
  return `"${tokens.join(' ')}"`;
}
