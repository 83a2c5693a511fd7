/**
 * The search index entry of one document: only the document's own text (title, 发文字号,
 * body), where its sections start, its metadata and filter values. No navigation chrome ever
 * reaches the index.
 */
import { docTypeLabels } from '../schema/doc-types.ts';
import type { BodyBlock } from './document-blocks.ts';
import type { IndexedDocument } from './search-index/build-search-index.ts';
import { codePoints } from './search-index/match-phrase.ts';
import { compactText } from './text-match.ts';

/** Chinese names of the document types, as the filters show them. */
export const docTypeNames: Record<string, string> = docTypeLabels;

/** The fields of a document the index needs (a subset of the frontmatter). */
export interface SearchableDocument {
  title: string;
  slug: string;
  docType: string;
  docNumber: string | null;
  issuer: string | null;
  coIssuers: string[];
  region: string | null;
  dateWritten: string | null;
  departmentsMentioned: string[];
  topics: { slug: string }[];
}

/** Where a section starts in the indexed text: [section id ('' before any), position, heading]. */
export type SectionStart = [string, number, string];

/** The sections of a body and the position (character of the compacted text) each starts at. */
export function sectionStarts(blocks: BodyBlock[], offset: number): SectionStart[] {
  const starts: SectionStart[] = [];
  let pos = offset;
  for (const b of blocks) {
    const text = compactText(b.text);
    const prev = starts.at(-1);
    if (!prev || prev[0] !== b.section) starts.push([b.section, pos, b.kind === 'heading' ? text : '']);
    pos += text.length;
  }
  return starts;
}

/** Filter values by filter key; every key of the schema that has values. */
export function searchFilters(doc: SearchableDocument, topicName: (slug: string) => string): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    issuer: [doc.issuer, ...doc.coIssuers].filter((x): x is string => !!x),
    department: doc.departmentsMentioned,
    type: [docTypeNames[doc.docType] ?? doc.docType],
    year: doc.dateWritten ? [doc.dateWritten.slice(0, 4)] : [],
    region: doc.region ? [doc.region] : [],
    topic: doc.topics.map((t) => topicName(t.slug)),
  };
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, [...new Set(v)].sort()]),
  );
}

/** A document as the search index holds it (see src/lib/search-index/build-search-index.ts). */
export function indexedDocument(
  doc: SearchableDocument,
  blocks: BodyBlock[],
  topicName: (slug: string) => string,
): IndexedDocument {
  const head = compactText(doc.title) + compactText(doc.docNumber ?? '');
  return {
    slug: doc.slug,
    title: doc.title,
    docNumber: doc.docNumber ?? '',
    issuer: doc.issuer ?? '',
    date: doc.dateWritten ?? '',
    text: head + blocks.map((b) => compactText(b.text)).join(''),
    headLength: codePoints(head).length,
    sections: sectionStarts(blocks, head.length),
    filters: searchFilters(doc, topicName),
  };
}
