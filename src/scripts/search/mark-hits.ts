/**
 * Marks every occurrence of a search query's words in a page's text with <mark>, so a reader who
 * opens a search result sees where the hits are, and scrolls to the first. Works text node by
 * text node, matching the folded text (fold-text.ts) as the search does; whitespace in a word is
 * ignored, as the search ignores it.
 */
import { parseQuery } from '../../lib/search-index/parse-query.ts';
import { foldText } from '../../lib/search-index/fold-text.ts';
import { positionsOf } from '../../lib/text-match.ts';

/** Wraps the occurrences of `query`'s words in the text nodes under `root` in <mark>; returns the marks. */
export function markHits(root: HTMLElement, query: string): HTMLElement[] {
  const forms = parseQuery(query).include.flatMap((t) => t.forms);
  if (forms.length === 0) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: [Text, [number, number][]][] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = foldText((n as Text).data);
    const hits = forms
      .flatMap((f) => positionsOf(text, f).map((p): [number, number] => [p, f.length]))
      .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    if (hits.length) found.push([n as Text, hits]);
  }
  const marks: HTMLElement[] = [];
  for (const [node, hits] of found) {
    const text = node.data;
    const parts: (Node | string)[] = [];
    let from = 0;
    for (const [pos, length] of hits) {
      if (pos < from) continue;
      const mark = document.createElement('mark');
      mark.textContent = text.slice(pos, pos + length);
      parts.push(text.slice(from, pos), mark);
      marks.push(mark);
      from = pos + length;
    }
    parts.push(text.slice(from));
    node.replaceWith(...parts);
  }
  return marks;
}
