/**
 * The formats of the 引用本文 block: the plain Chinese citation followed by the URL, and
 * BibTeX. Pure and small, so the page's script imports it too and a section citation built in
 * the browser is the same text the server would write.
 */

/** What a citation needs to know about a document, precomputed on the server. */
export interface CiteInfo {
  slug: string;
  /** plainCitation(doc) without a section. */
  plain: string;
  title: string;
  issuers: string[];
  docNumber: string | null;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /** Absolute URL of the document page. */
  url: string;
  /** sectionName of every section id: { s2: '第二部分' }. */
  sections: Record<string, string>;
}

export interface Citation {
  plain: string;
  bibtex: string;
}

// BibTeX gives these characters meaning; a backslash escape keeps them literal.
const bib = (s: string) =>
  s
    .replace(/[\\{}]/g, (c) => `\\${c}`)
    .replace(/[%&$#_]/g, (c) => `\\${c}`)
    .replace(/[~^]/g, (c) => `\\${c}{}`);

/** The citation of the document, or of one of its sections when `sectionId` names one. */
export function citeFormats(info: CiteInfo, sectionId?: string | null): Citation {
  const name = sectionId && Object.hasOwn(info.sections, sectionId) ? info.sections[sectionId] : undefined;
  const url = name ? `${info.url}#${sectionId}` : info.url;
  const fields: [string, string][] = [
    ['title', `{${bib(info.title)}}`],
    ...(info.issuers.length ? [['author', info.issuers.map((a) => `{${bib(a)}}`).join(' and ')] as [string, string]] : []),
    ...(info.docNumber ? [['number', bib(info.docNumber)] as [string, string]] : []),
    ...(info.date
      ? ([
          ['year', info.date.slice(0, 4)],
          ['date', info.date],
        ] as [string, string][])
      : []),
    ...(name ? [['note', bib(name)] as [string, string]] : []),
    ['url', url],
    ['language', 'zh-CN'],
  ];
  return {
    plain: `${info.plain}${name ?? ''}，${url}`,
    bibtex: `@misc{${info.slug}${name ? `:${sectionId}` : ''},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`,
  };
}

/**
 * What a document page embeds of its CiteInfo. The rest the browser reads from the page
 * itself, so the page does not carry it twice: the slug and URL from its canonical link, the
 * title from its h1, the plain citation from the whole-document citation it prints.
 */
export type PageCiteData = Omit<CiteInfo, 'slug' | 'title' | 'url' | 'plain'>;

/** The embedded part of a CiteInfo. */
export function pageCiteData({ issuers, docNumber, date, sections }: CiteInfo): PageCiteData {
  return { issuers, docNumber, date, sections };
}

/**
 * The CiteInfo again, from the embedded part, the page's canonical URL (…/documents/<slug>/),
 * its title and the printed citation of the whole document (citeFormats(info).plain).
 */
export function citeInfoFromPage(data: PageCiteData, url: string, title: string, printed: string): CiteInfo {
  const tail = `，${url}`;
  const plain = printed.endsWith(tail) ? printed.slice(0, -tail.length) : printed;
  return { ...data, slug: new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '', plain, title, url };
}

/**
 * The one-line citation a permalink's 引 control copies: the plain citation naming the section
 * that holds the anchor, a space, then the anchor's URL:
 * 吉林省科学技术厅《…》（吉科发医〔2022〕97号）第二部分 https://…/documents/jl-kfy-2022-97/#s2-p1
 */
export function citeLine(info: CiteInfo, anchorId: string): string {
  // A paragraph id is its section's id plus -p<n>; before any section it is p<n>.
  const section = anchorId.replace(/-?p\d+$/, '');
  const name = Object.hasOwn(info.sections, section) ? info.sections[section] : '';
  return `${info.plain}${name} ${info.url}#${anchorId}`;
}
