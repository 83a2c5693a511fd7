import { endsAsTitle } from './clean-title.ts';
import { BODY_NAME } from './classify-blocks.ts';
import { DATE_LINE, DOC_NUMBER_LINE, NUMBERING, TERMINAL } from './patterns.ts';
import type { SourceLine } from './types.ts';

/** A run of source lines that forms one block once page breaks are undone. */
export interface JoinedLine {
  text: string;
  lines: number[];
}

/** Shorter lines than this end where the author ended them; page breaks fall in full lines. */
const MIN_BROKEN_LENGTH = 20;

const startsNumbered = (t: string) => NUMBERING.some((n) => n.kind !== 'ordinal' && n.pattern.test(t));

/** A numbered line with no sentence end inside is a heading, which a page break never continues. */
const isHeadingLine = (t: string) => startsNumbered(t) && !/[。！？!?]/.test(t.slice(0, -1));

/**
 * Rejoins lines broken at page breaks: a long line that stops mid-sentence continues on the
 * next non-blank line. Headings, titles, dates and document numbers are never joined.
 */
export function joinLines(lines: readonly SourceLine[]): JoinedLine[] {
  const out: JoinedLine[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const prev = out.at(-1);
    if (prev && continues(prev, line.text)) {
      prev.text = glue(prev.text, line.text);
      prev.lines.push(line.no);
    } else {
      out.push({ text: line.text, lines: [line.no] });
    }
  }
  return out;
}

function continues(prev: JoinedLine, next: string): boolean {
  const lastLine = prev.text;
  if (TERMINAL.test(lastLine)) return false;
  if (lastLine.length < MIN_BROKEN_LENGTH) return false;
  if (isHeadingLine(lastLine)) return false;
  if (endsAsTitle(lastLine) && !/[，。；]/.test(lastLine)) return false;
  // An attachment note (附件：….xlsx) ends where it ends.
  if (/^附\s*件/.test(lastLine)) return false;
  if (startsNumbered(next) || NUMBERING.some((n) => n.kind === 'ordinal' && n.pattern.test(next))) return false;
  if (DATE_LINE.test(next) || DOC_NUMBER_LINE.test(next) || /^(抄送|附件|联系人)/.test(next)) return false;
  // A signing body's name on a line of its own starts the closing.
  if (next.length <= 40 && BODY_NAME.test(next)) return false;
  return true;
}

/** CJK text joins without a space; two Latin words or numbers keep one. */
function glue(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
