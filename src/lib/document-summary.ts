/** A short description of a document from the opening of its text, for previews and feeds. */
import { documentBlocks, type BodyBlock } from './document-blocks.ts';

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
    .map((b) => b.text.replace(/\s+/g, ' ').replace(/(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])/g, '').trim())
    .join('');
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : text;
}

// A body is summarised once per length however many pages and feeds show it; the summaries
// are short, and the bodies are held by the collection anyway (the maps key on them, no copy).
const summaries = new Map<number, Map<string, string>>();

/** documentSummary of an MDX body, remembered for the rest of the build. */
export function bodySummary(body: string, length = SUMMARY_LENGTH): string {
  const cache = summaries.get(length) ?? new Map<string, string>();
  summaries.set(length, cache);
  let summary = cache.get(body);
  if (summary === undefined) {
    summary = documentSummary(documentBlocks(body), length);
    cache.set(body, summary);
  }
  return summary;
}
