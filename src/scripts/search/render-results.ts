/** DOM for search results and filters; text only ever goes in as text nodes. */
import { formatDate } from '../../lib/dates.ts';
import { documentHits, type Excerpt } from './document-hits.ts';
import type { FoundDocument } from './search-index-client.ts';

/** Zh-CN labels of the filter keys the index writes (src/lib/search-document.ts). */
export const filterLabels: Record<string, string> = {
  issuer: '发文机关',
  department: '提及部门',
  type: '文种',
  year: '年份',
  region: '地区',
  topic: '主题',
};
const filterOrder = Object.keys(filterLabels);
/** Sub-results shown with their excerpt; the rest are listed as links under them. */
const SHOWN_SECTIONS = 3;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const excerptNodes = (e: Excerpt): (Node | string)[] => [e.before, el('mark', {}, e.hit), e.after];

/** A link to a document page with the query to highlight there, and a section to land on. */
export function hitHref(url: string, query: string, section: string): string {
  return `${url}?hl=${encodeURIComponent(query)}${section ? `#${section}` : ''}`;
}

/** One found document: title, 发文字号 · 发文机关 · 成文日期, excerpt, sections with hits. */
export function renderDocument(doc: FoundDocument, query: string): HTMLLIElement {
  const hits = documentHits(doc.text, doc.sections, query);
  const item = el('li', { class: 'search-result' });
  item.append(el('h2', {}, el('a', { href: hitHref(doc.url, query, '') }, doc.title)));
  item.append(el('p', { class: 'doc-meta' }, [doc.docNumber, doc.issuer, formatDate(doc.date)].filter(Boolean).join(' · ')));
  if (hits.excerpt) item.append(el('p', { class: 'search-excerpt' }, ...excerptNodes(hits.excerpt)));
  const sections = hits.sections;
  if (sections.length) {
    const list = el('ul', { class: 'search-sections', 'aria-label': `${doc.title}中命中的章节` });
    sections.forEach((s, i) => {
      const link = el('a', { href: hitHref(doc.url, query, s.id) }, s.heading || s.id);
      const count = s.count > 1 ? ` （${s.count} 处）` : '';
      list.append(
        i < SHOWN_SECTIONS
          ? el('li', {}, link, count, el('p', { class: 'search-excerpt' }, ...excerptNodes(s.excerpt)))
          : el('li', {}, link, count),
      );
    });
    item.append(list);
  }
  return item;
}

/** Checkboxes for every filter key and value the index holds, in a fixed key order. */
export function renderFilters(
  available: Record<string, Record<string, number>>,
  chosen: Record<string, string[]>,
): HTMLElement[] {
  const keys = Object.keys(available)
    .filter((k) => Object.keys(available[k]!).length > 0)
    .sort((a, b) => (filterOrder.indexOf(a) + 1 || 99) - (filterOrder.indexOf(b) + 1 || 99) || a.localeCompare(b));
  return keys.map((key) => {
    const values = Object.keys(available[key]!).sort((a, b) =>
      key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN'),
    );
    const box = el('fieldset', { class: 'search-filter' }, el('legend', {}, filterLabels[key] ?? key));
    for (const value of values) {
      const input = el('input', { type: 'checkbox', name: key, value });
      input.checked = chosen[key]?.includes(value) ?? false;
      box.append(el('label', {}, input, ` ${value} (${available[key]![value]})`));
    }
    return box;
  });
}
