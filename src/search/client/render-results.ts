/** DOM for search results, filters and the help shown when nothing is found; text only ever goes in as text nodes. */
import { formatDate } from '../../views/dates.ts';
import { documentHits, hitsIn, type Excerpt } from './document-hits.ts';
import type { FilterCounts, FoundDocument } from './search-index-client.ts';

/** Zh-CN labels of the filter keys the index writes (src/search/build/search-document.ts). */
export const filterLabels: Record<string, string> = {
  type: '文种',
  region: '地区',
  year: '年份',
  issuer: '发文机关',
  department: '提及部门',
  topic: '主题',
};
const filterOrder = Object.keys(filterLabels);
/** Sections listed under a result; the rest are counted ("另有 N 处"). */
const SHOWN_SECTIONS = 3;
/** Values a filter group shows before "全部 N 项". */
const SHOWN_VALUES = 6;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const excerptNodes = (e: Excerpt): (Node | string)[] => [
  e.cutBefore ? '…' : '',
  ...e.parts.map((p) => (p.hit ? el('mark', {}, p.text) : p.text)),
  e.cutAfter ? '…' : '',
];

/** A short text with the words' hits in <mark>. */
function marked(text: string, forms: readonly string[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const [p, n] of hitsIn(text, forms)) {
    out.push(text.slice(at, p), el('mark', {}, text.slice(p, p + n)));
    at = p + n;
  }
  out.push(text.slice(at));
  return out;
}

/** A link to a document page with the query to highlight there, and a section to land on. */
export function hitHref(url: string, query: string, section: string): string {
  return `${url}${query ? `?hl=${encodeURIComponent(query)}` : ''}${section ? `#${section}` : ''}`;
}

/**
 * One found document: its title (hits marked), the lists' meta line (发文机关 · date · 发文字号),
 * an excerpt of the text before the first section, and up to three sections with hits, named
 * with the sections above them, then how many more.
 */
export function renderDocument(doc: FoundDocument, query: string, forms: readonly string[]): HTMLLIElement {
  const hits = documentHits(doc.text, doc.sections, doc.blocks, forms);
  const item = el('li', { class: doc.exact ? 'search-result search-exact' : 'search-result' });
  const title = el('h2', {}, el('a', { href: hitHref(doc.url, query, '') }, ...marked(doc.title, forms)));
  if (doc.exact) title.prepend(el('span', { class: 'search-exact-label' }, '发文字号或索引号完全相符'), ' ');
  item.append(title);
  const meta: (Node | string)[] = [];
  for (const part of [[doc.issuer], [formatDate(doc.date)], marked(doc.docNumber, forms)]) {
    if (!part.some((p) => p !== '')) continue;
    if (meta.length) meta.push(' · ');
    meta.push(...part);
  }
  if (meta.length) item.append(el('p', { class: 'doc-meta' }, ...meta));
  if (hits.excerpt) item.append(el('p', { class: 'search-excerpt' }, ...excerptNodes(hits.excerpt)));
  const sections = hits.sections;
  if (sections.length) {
    const list = el('ul', { class: 'search-sections', 'aria-label': `${doc.title}中命中的章节` });
    for (const s of sections.slice(0, SHOWN_SECTIONS)) {
      const count = s.count > 1 ? ` （${s.count} 处）` : '';
      const link = el('a', { href: hitHref(doc.url, query, s.id) }, s.heading || s.id);
      list.append(el('li', {}, link, count, el('p', { class: 'search-excerpt' }, ...excerptNodes(s.excerpt))));
    }
    item.append(list);
    const rest = sections.slice(SHOWN_SECTIONS).reduce((n, s) => n + s.count, 0);
    if (rest) item.append(el('p', { class: 'search-more-hits' }, `另有 ${rest} 处`));
  }
  return item;
}

/**
 * A fieldset per filter key: values with documents for the current search (or chosen), most
 * documents first (years newest first), the first few shown and the rest behind 全部 N 项.
 */
export function renderFilters(counts: FilterCounts, chosen: Record<string, string[]>): HTMLElement[] {
  const keys = Object.keys(counts).sort(
    (a, b) => (filterOrder.indexOf(a) + 1 || 99) - (filterOrder.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const boxes: HTMLElement[] = [];
  for (const key of keys) {
    const picked = new Set(chosen[key] ?? []);
    const values = Object.keys(counts[key]!)
      .filter((v) => counts[key]![v]! > 0 || picked.has(v))
      .sort((a, b) => (key === 'year' ? b.localeCompare(a) : counts[key]![b]! - counts[key]![a]! || a.localeCompare(b, 'zh-CN')));
    if (values.length === 0) continue;
    const box = el('fieldset', { class: 'search-filter' }, el('legend', {}, filterLabels[key] ?? key));
    const label = (value: string) => {
      const input = el('input', { type: 'checkbox', name: key, value });
      input.checked = picked.has(value);
      return el('label', {}, input, ` ${value} (${counts[key]![value]})`);
    };
    // Chosen values stay in sight whatever their rank.
    const first = values.filter((v, i) => i < SHOWN_VALUES || picked.has(v));
    const rest = values.filter((v) => !first.includes(v));
    box.append(...first.map(label));
    if (rest.length) box.append(el('details', {}, el('summary', {}, `全部 ${values.length} 项`), ...rest.map(label)));
    boxes.push(box);
  }
  return boxes;
}

/** What the search page offers when nothing is found. */
export interface NoResultsHelp {
  /** Words that found nothing on their own. */
  missing: string[];
  /** True when each of several words finds documents, but no document holds them all. */
  apart: boolean;
  /** The query without those words (or, when each word finds something, without the last), with its URL. */
  without: { query: string; href: string } | null;
  /** The same query without the chosen filters, when some are chosen. */
  unfiltered: string | null;
  /** The query in simplified characters, when it differs, with its URL. */
  simplified: { query: string; href: string } | null;
  /** The browse pages and the list of every document. */
  browse: { label: string; href: string }[];
}

export function renderHelp(help: NoResultsHelp): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const word of help.missing) out.push(el('p', {}, `没有文件包含「${word}」。`));
  if (help.apart) out.push(el('p', {}, '每个词都能找到文件，但没有文件同时包含全部的词。'));
  const tries = el('ul', {});
  if (help.simplified)
    tries.append(el('li', {}, '按简体字搜索：', el('a', { href: help.simplified.href }, help.simplified.query)));
  if (help.without) tries.append(el('li', {}, '去掉该词再搜索：', el('a', { href: help.without.href }, help.without.query)));
  if (help.unfiltered) tries.append(el('li', {}, el('a', { href: help.unfiltered }, '取消筛选条件')));
  for (const b of help.browse) tries.append(el('li', {}, el('a', { href: b.href }, b.label)));
  out.push(el('p', {}, '可以试试：'), tries);
  return out;
}
