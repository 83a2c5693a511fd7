import type { SourceLine } from './types.ts';

/** Whitespace that official-document text uses: ASCII, U+3000 full-width space, NBSP, BOM, tabs. */
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** Splits text into numbered lines with edge whitespace removed; blank lines are kept as ''. */
export function splitLines(text: string): SourceLine[] {
  return text.split('\n').map((raw, i) => ({ no: i + 1, text: raw.replace(EDGE_SPACE, '') }));
}
