/**
 * How the search folds characters before matching, in the index and in a query alike:
 * full-width ASCII letters, digits and signs become half-width (ＡＢ１２ → AB12, （ → (), and
 * every kind of bracket a 发文字号's year is written in becomes 〔〕 ([2020], (2020), 【2020】,
 * （2020） → 〔2020〕). Each character maps to exactly one character of the same UTF-16 length,
 * so positions in the folded text are positions in the shown text: folding never changes what
 * a page or a result shows.
 */

const OPEN = '〔';
const CLOSE = '〕';
const brackets: Record<string, string> = {
  '(': OPEN,
  '[': OPEN,
  '【': OPEN,
  '〖': OPEN,
  ')': CLOSE,
  ']': CLOSE,
  '】': CLOSE,
  '〗': CLOSE,
};
const foldable = /[\uFF01-\uFF5E()[\]【】〖〗]/gu;

/** One character folded: full-width ASCII to half-width, then brackets to 〔〕. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
  return brackets[half] ?? half;
}

/** The text as the search matches it (same length, character for character). */
export function foldText(text: string): string {
  return text.replace(foldable, foldChar);
}
