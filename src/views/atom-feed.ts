/**
 * Serialises an Atom 1.0 feed (RFC 4287). Every text and attribute goes through xmlEscape, so
 * titles holding & < > or quotes stay well-formed, and characters XML cannot carry are dropped.
 */

export interface AtomEntry {
  /** Absolute URL of the document page; also the entry's id. */
  url: string;
  title: string;
  /** YYYY-MM-DD. */
  updated: string;
  published: string | null;
  summary: string;
  authors: string[];
  /** Topics: the slug as the term, the Chinese name as the label (RFC 4287 4.2.2). */
  categories: { term: string; label: string }[];
}

export interface AtomFeed {
  /** Absolute URL of the feed itself (rel=self) and its id. */
  selfUrl: string;
  /** Absolute URL of the page the feed belongs to (rel=alternate). */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** YYYY-MM-DD; the newest entry's date. */
  updated: string;
  author: string;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value safe inside XML: `A & <B>` → `A &amp; &lt;B&gt;`. */
export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** 2022-06-28 → 2022-06-28T00:00:00Z: Atom wants a full date-time; documents carry only the day. */
export const atomDate = (day: string) => `${day}T00:00:00Z`;

const el = (name: string, text: string) => `<${name}>${xmlEscape(text)}</${name}>`;
const link = (rel: string, url: string, type?: string) =>
  `<link rel="${rel}" href="${xmlEscape(url)}"${type ? ` type="${type}"` : ''}/>`;

function entryXml(e: AtomEntry): string {
  return [
    '  <entry>',
    `    ${el('id', e.url)}`,
    `    ${el('title', e.title)}`,
    `    ${el('updated', atomDate(e.updated))}`,
    ...(e.published ? [`    ${el('published', atomDate(e.published))}`] : []),
    `    ${link('alternate', e.url, 'text/html')}`,
    ...e.authors.map((a) => `    <author>${el('name', a)}</author>`),
    ...e.categories.map((c) => `    <category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`),
    ...(e.summary ? [`    ${el('summary', e.summary)}`] : []),
    '  </entry>',
  ].join('\n');
}

/** The feed document, UTF-8, ending with a newline. */
export function atomFeed(f: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  ${el('id', f.selfUrl)}`,
    `  ${el('title', f.title)}`,
    `  ${el('subtitle', f.subtitle)}`,
    `  ${el('updated', atomDate(f.updated))}`,
    `  ${link('self', f.selfUrl, 'application/atom+xml')}`,
    `  ${link('alternate', f.pageUrl, 'text/html')}`,
    `  <author>${el('name', f.author)}</author>`,
    ...f.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
