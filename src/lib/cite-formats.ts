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
const bib = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[%&$#_]/g, (c) => `\\${c}`).replace(/[~^]/g, (c) => `\\${c}{}`);

/** The citation of the document, or of one of its sections when `sectionId` names one. */
export function citeFormats(info: CiteInfo, sectionId?: string | null): Citation {
  const name = sectionId && Object.hasOwn(info.sections, sectionId) ? info.sections[sectionId] : undefined;
  const url = name ? `${info.url}#${sectionId}` : info.url;
  const fields: [string, string][] = [
    ['title', `{${bib(info.title)}}`],
    ...(info.issuers.length ? [['author', info.issuers.map((a) => `{${bib(a)}}`).join(' and ')] as [string, string]] : []),
    ...(info.docNumber ? [['number', bib(info.docNumber)] as [string, string]] : []),
    ...(info.date ? [['year', info.date.slice(0, 4)], ['date', info.date]] as [string, string][] : []),
    ...(name ? [['note', bib(name)] as [string, string]] : []),
    ['url', url],
    ['language', 'zh-CN'],
  ];
  return {
    plain: `${info.plain}${name ?? ''}，${url}`,
    bibtex: `@misc{${info.slug}${name ? `:${sectionId}` : ''},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`,
  };
}
