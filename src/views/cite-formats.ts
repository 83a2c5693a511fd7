/**
 * The formats of the 引用本文 block: the plain citation after GB/T 7714-2015 for electronic
 * resources, and BibTeX. Pure and small, so the page's script imports it too and a citation
 * built in the browser is the text the server would write:
 *
 *   吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号[EB/OL].
 *   (2022-06-28)[2026-12-06]. https://…/documents/jl-kfy-2022-97/
 *
 * 主要责任者 (the issuers, joined by ，), 题名 (《》 inside it written 〈〉), 其他题名信息 after
 * ": " (the 发文字号, then the cited part: 第二部分（一）第1段, 附件《…》第三部分), the type mark
 * [EB/OL], the date in the archive's date policy (document-date.ts; left out when unknown), the
 * access date in [] (only the browser knows it: the server's copy has none), then the URL.
 */
import { innerTitleMarks } from './doc-labels.ts';

/** What a citation needs to know about a document, precomputed on the server. */
export interface CiteInfo {
  slug: string;
  title: string;
  issuers: string[];
  docNumber: string | null;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /** Absolute URL of the document page. */
  url: string;
  /** The name of every section, in document order: { s2: '第二部分', 's2-1': '第二部分（一）' }. */
  sections: Record<string, string>;
  /** The attachments (附件): each one's title and the id of its first section, if it has any. */
  parts: { title: string; first: string | null }[];
}

export interface Citation {
  plain: string;
  bibtex: string;
}

// BibTeX gives these characters meaning; a backslash escape keeps them literal.
const bib = (s: string) => s.replace(/[\\{}%&$#_~^]/g, (c) => `\\${c}${c === '~' || c === '^' ? '{}' : ''}`);

/** The attachment (1, 2, …) a section belongs to, or 0 for the main text. */
function partOf(info: CiteInfo, sectionId: string): number {
  const prefixed = /^a(\d+)-/.exec(sectionId);
  if (prefixed) return Number(prefixed[1]);
  let part = 0;
  for (const id of Object.keys(info.sections)) {
    const p = info.parts.findIndex((x) => x.first === id);
    if (p >= 0) part = p + 1;
    if (id === sectionId) return part;
  }
  return 0;
}

const attachmentName = (info: CiteInfo, part: number) =>
  `附件${info.parts.length > 1 ? part : ''}《${innerTitleMarks(info.parts[part - 1]?.title ?? '')}》`;

/**
 * Where an anchor stands, as readers name it: s2 → 第二部分, s2-1-p3 → 第二部分（一）第3段, p1 →
 * 第1段, a section of an attachment → 附件《…》第三部分, a1-p2 → 附件《…》第2段; '' for no anchor
 * or one the document does not have.
 */
export function anchorName(info: CiteInfo, anchorId: string | null | undefined): string {
  if (!anchorId) return '';
  const m = /^(.*?)-?p(\d+)$/.exec(anchorId);
  const section = m ? m[1]! : anchorId;
  const paragraph = m ? `第${m[2]}段` : '';
  const attachmentOnly = /^a(\d+)$/.exec(section);
  if (attachmentOnly) return info.parts.length ? attachmentName(info, Number(attachmentOnly[1])) + paragraph : '';
  if (section === '') return paragraph;
  if (!Object.hasOwn(info.sections, section)) return '';
  const part = partOf(info, section);
  return (part ? attachmentName(info, part) : '') + info.sections[section]! + paragraph;
}

/** The citation of the document, or of the part `anchorId` names; `accessed` (YYYY-MM-DD) is the 引用日期. */
export function citeFormats(info: CiteInfo, anchorId?: string | null, accessed?: string | null): Citation {
  return citeText(info, anchorId, anchorName(info, anchorId), accessed);
}

/**
 * The citation given the cited part's name (anchorName): the formatting alone, so the page's
 * script, which names parts from what the page embeds (pageAnchorName), bundles no more.
 */
export function citeText(
  info: Pick<CiteInfo, 'slug' | 'title' | 'issuers' | 'docNumber' | 'date' | 'url'>,
  anchorId: string | null | undefined,
  name: string,
  accessed?: string | null,
): Citation {
  // Written for its size in the page's script: parts and fields that are empty are left out by one filter.
  const url = name ? `${info.url}#${anchorId}` : info.url;
  const other = [info.docNumber, name].map((x) => (x ? `: ${x}` : '')).join('');
  const dates = `${info.date ? `(${info.date})` : ''}${accessed ? `[${accessed}]` : ''}`;
  const plain = [info.issuers.join('，'), `${innerTitleMarks(info.title)}${other}[EB/OL]`, dates, url].filter(Boolean).join('. ');
  const fields = [
    ['title', `{${bib(info.title)}}`],
    ['author', info.issuers.map((a) => `{${bib(a)}}`).join(' and ')],
    ['number', info.docNumber && bib(info.docNumber)],
    ['year', info.date?.slice(0, 4)],
    ['date', info.date],
    ['note', name && bib(name)],
    ['url', url],
    ['urldate', accessed],
    ['language', 'zh-CN'],
  ].filter((f) => f[1]);
  return {
    plain,
    bibtex: `@misc{${info.slug}${name ? `:${anchorId}` : ''},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`,
  };
}

/**
 * What a document page embeds of its CiteInfo. The rest the browser reads from the page
 * itself, so the page does not carry it twice: the slug and URL from its canonical link, the
 * title from its h1. Written compactly, as it is in every page (README "The budget"):
 * - `sections`: each section's name in document order, as [how many UTF-16 units of the name
 *   before it it keeps, the rest] (第一部分（一） after 第一部分 is [4, '（一）']), and k for a
 *   section of attachment k;
 * - `prefix`: the 附件《…》 that opens the name of each attachment (a1, a2, …) and of its
 *   sections, as [附件《…》]; left out when there is none.
 */
export type PageCiteData = Pick<CiteInfo, 'issuers' | 'docNumber' | 'date'> & {
  sections: Record<string, [number, string] | [number, string, number]>;
  /** Each a one-piece name, as pageSectionNames gives it; left out when the document has no attachment. */
  prefix?: Record<string, [string]>;
};

/** How many UTF-16 units `a` and `b` share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/** The embedded part of a CiteInfo. */
export function pageCiteData(info: CiteInfo): PageCiteData {
  const { issuers, docNumber, date } = info;
  const sections: PageCiteData['sections'] = {};
  const prefix: Record<string, [string]> = {};
  let before = '';
  for (const [id, name] of Object.entries(info.sections)) {
    const kept = sharedStart(before, name);
    const part = partOf(info, id);
    sections[id] = part ? [kept, name.slice(kept), part] : [kept, name.slice(kept)];
    before = name;
  }
  info.parts.forEach((_p, i) => (prefix[`a${i + 1}`] = [attachmentName(info, i + 1)]));
  return { issuers, docNumber, date, sections, ...(info.parts.length > 0 && { prefix }) };
}

/**
 * The pieces of the name of every part of the text a citation can name, from what a page
 * embeds: a section's [its attachment's 附件《…》 (undefined in the main text), its name], an
 * attachment's (a1, a2, …) [附件《…》] and the main text's outside any section ('') []; `.join('')`
 * gives the name. Written for its size in the page's script.
 */
export function pageSectionNames({ sections, prefix = {} }: PageCiteData): Record<string, (string | undefined)[]> {
  const names: Record<string, (string | undefined)[]> = { '': [], ...prefix };
  let name = '';
  // A section of the main text has no part: prefix.aundefined is undefined, which joins as ''.
  for (const [id, [kept, rest, part]] of Object.entries(sections))
    names[id] = [prefix[`a${part}`]?.[0], (name = name.slice(0, kept) + rest)];
  return names;
}

/** anchorName from what a page embeds: the same name for every anchor (a test compares the two). */
export function pageAnchorName(data: PageCiteData, anchorId: string | null | undefined): string {
  if (!anchorId) return '';
  const m = /^(.*?)-?p(\d+)$/.exec(anchorId);
  const names = pageSectionNames(data);
  const section = m ? m[1]! : anchorId;
  return Object.hasOwn(names, section) ? names[section]!.join('') + (m ? `第${m[2]}段` : '') : '';
}

/** What citeText needs of the document, from the embedded part, the page's canonical URL (…/documents/<slug>/, with its slash) and its title. */
export function citeInfoFromPage(
  data: PageCiteData,
  url: string,
  title: string,
): Pick<CiteInfo, 'slug' | 'title' | 'issuers' | 'docNumber' | 'date' | 'url'> {
  return { ...data, slug: url.split('/').at(-2) ?? '', title, url };
}

/** A date as YYYY-MM-DD in the reader's own calendar day (the 引用日期 of a citation). */
export const isoDay = (d: Date): string => new Date(d.getTime() - d.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
