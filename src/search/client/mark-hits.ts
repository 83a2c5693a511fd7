/**
 * Marks every occurrence of a search query's words in a page's text with <mark>, so a reader who
 * opens a search result sees where the hits are. Works text node by text node, matching the
 * folded text (fold-text.ts) as the search does; whitespace in a word is ignored.
 *
 * The header box has it loaded on a page opened from a search result (`?hl=…`, through
 * mark-page-hits.ts). It reads the query more simply than the search page's parser
 * (parse-query.ts, which stays off the document pages for their weight): words split at spaces,
 * a quoted phrase one word, -words left out, and a query that is one 发文字号 marked with and
 * without 第. It only decides what to highlight, never what is found.
 */
import { foldText } from '../format/fold-text.ts';
import { compactText, positionsOf } from '../format/text-match.ts';

/** The folded forms to mark for a query. */
export function markedForms(query: string): string[] {
  const whole = foldText(compactText(query));
  const number = /^([^〔〕]*〔\d{4}〕)第?(\d+号?)$/u.exec(whole);
  if (number) return [number[1]! + number[2]!, `${number[1]!}第${number[2]!}`];
  return [...query.matchAll(/([-－]?)(?:["“”＂]([^"“”＂]*)["“”＂]?|(\S+))/gu)]
    .filter((m) => !(m[1] && (m[2] ?? m[3])))
    .map((m) => foldText(compactText(m[1]! + (m[2] ?? m[3] ?? ''))))
    .filter(Boolean);
}

/** Wraps the occurrences of `query`'s words in the text nodes under `root` in <mark>; returns the marks. */
export function markHits(root: HTMLElement, query: string): HTMLElement[] {
  const forms = markedForms(query);
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
