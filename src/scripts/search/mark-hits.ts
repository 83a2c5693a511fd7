/**
 * Marks every occurrence of a search query in a page's text with <mark>, so a reader who opens
 * a search result sees where the hit is. Works text node by text node; whitespace in the query
 * is ignored, as the search ignores it.
 */
import { compactText, positionsOf } from '../../lib/text-match.ts';

/** Wraps the occurrences of `query` in the text nodes under `root` in <mark>; returns how many. */
export function markHits(root: HTMLElement, query: string): number {
  const needle = compactText(query);
  if (!needle) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const parts: (Node | string)[] = [];
    let from = 0;
    for (const pos of positionsOf(text, needle)) {
      if (pos < from) continue;
      const mark = document.createElement('mark');
      mark.textContent = needle;
      parts.push(text.slice(from, pos), mark);
      from = pos + needle.length;
      count++;
    }
    parts.push(text.slice(from));
    node.replaceWith(...parts);
  }
  return count;
}
