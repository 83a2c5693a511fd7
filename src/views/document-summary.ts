/** A short description of a document from the opening of its text, for previews and feeds. */
import type { BodyBlock } from '../schema/body-block.ts';

/** At most this many characters in a feed entry's summary. */
export const SUMMARY_LENGTH = 120;
/**
 * At most this many characters in a page's description (meta description, og:description):
 * about what search engines and chat apps show of a Chinese description, and it is sent twice
 * with every document page.
 */
export const PREVIEW_LENGTH = 80;

/**
 * The first paragraphs of the main text (headings and lines such as 主送 left out), joined and
 * cut at SUMMARY_LENGTH characters with an ellipsis; '' when the text has no paragraph.
 */
export function documentSummary(blocks: readonly BodyBlock[], length = SUMMARY_LENGTH): string {
  const text = blocks
    .filter((b) => b.kind === 'para' && b.part === 0)
    // Whitespace next to Chinese text is layout, not meaning; Latin words keep one space.
    .map((b) =>
      b.text
        .replace(/\s+/g, ' ')
        // eslint-disable-next-line no-control-regex -- [^\x00-\x7f] is "not ASCII"; the range starts at NUL on purpose
        .replace(/(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])/g, '')
        .trim(),
    )
    .join('');
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : text;
}

/** A summary cut to at most `length` characters, as documentSummary cuts it: the same as summarising to that length. */
export function shortenSummary(summary: string, length: number): string {
  const chars = [...summary];
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : summary;
}
