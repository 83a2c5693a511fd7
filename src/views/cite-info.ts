/** The CiteInfo of a document for the 引用本文 block. */
import type { DocumentData, SectionNode } from '../schema/document.ts';
import type { CiteInfo } from './cite-formats.ts';
import { sectionNames } from './citation.ts';
import type { BodyBlock } from '../schema/body-block.ts';
import { documentDate } from '../archive/document-date.ts';

const allSections = (nodes: readonly SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...allSections(n.children)]);

/**
 * The attachments of a body: each one's title (its title line, else the frontmatter's
 * attachments entry) and its first section's id, so a section of an attached plan is cited as
 * the attachment's, not the notice's.
 */
export function citeParts(doc: Pick<DocumentData, 'attachments'>, blocks: readonly BodyBlock[]): CiteInfo['parts'] {
  const count = Math.max(0, ...blocks.map((b) => b.part));
  return Array.from({ length: count }, (_, i) => {
    const own = blocks.filter((b) => b.part === i + 1);
    return {
      title: own.find((b) => b.lineKind === 'attachmentTitle')?.text ?? doc.attachments[i] ?? '',
      first: own.find((b) => b.kind === 'heading')?.id ?? null,
    };
  });
}

/** Everything the citation formats need, with every section's name precomputed. */
export function citeInfo(d: DocumentData, url: string, parts: CiteInfo['parts'] = []): CiteInfo {
  const names = sectionNames(d.sections);
  return {
    slug: d.slug,
    title: d.title,
    issuers: [d.issuer, ...d.coIssuers].filter((x): x is string => !!x),
    docNumber: d.docNumber,
    date: documentDate(d),
    url,
    sections: Object.fromEntries(allSections(d.sections).map((s) => [s.id, names.get(s.id)!])),
    parts,
  };
}
