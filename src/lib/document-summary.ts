/** A short description of a document from the opening of its text, for previews and feeds. */
import type { BodyBlock } from './document-blocks.ts';

/** At most this many characters, so chat apps and search engines show it whole. */
export const SUMMARY_LENGTH = 120;

/**
 * The first paragraphs of the main text (headings and lines such as 主送 left out), joined and
 * cut at SUMMARY_LENGTH characters with an ellipsis; '' when the text has no paragraph.
 */
export function documentSummary(blocks: readonly BodyBlock[], length = SUMMARY_LENGTH): string {
  const text = blocks
    .filter((b) => b.kind === 'para' && b.part === 0)
    // Whitespace next to Chinese text is layout, not meaning; Latin words keep one space.
    .map((b) => b.text.replace(/\s+/g, ' ').replace(/(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])/g, '').trim())
    .join('');
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : text;
}
