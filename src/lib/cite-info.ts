/** The CiteInfo of a document for the 引用本文 block. */
import type { DocumentData, SectionNode } from '../schema/document.ts';
import type { CiteInfo } from './cite-formats.ts';
import { plainCitation, sectionNames } from './citation.ts';
import { documentDate } from './document-date.ts';

const allSections = (nodes: readonly SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...allSections(n.children)]);

/** Everything the citation formats need, with every section's name precomputed. */
export function citeInfo(d: DocumentData, url: string): CiteInfo {
  const names = sectionNames(d.sections);
  return {
    slug: d.slug,
    plain: plainCitation(d),
    title: d.title,
    issuers: [d.issuer, ...d.coIssuers].filter((x): x is string => !!x),
    docNumber: d.docNumber,
    date: documentDate(d),
    url,
    sections: Object.fromEntries(allSections(d.sections).map((s) => [s.id, names.get(s.id)!])),
  };
}
