/**
 * The search index entry of one document: only the document's own text (title, 发文字号,
 * body), its metadata and filter values. No navigation chrome ever reaches the index. What a
 * result shows (excerpts, sections) the search page reads from the document's published record
 * (src/search/format/result-data.ts), whose text is this one.
 */
import { docTypeLabels } from '../../schema/doc-types.ts';
import { documentDate } from '../../archive/document-date.ts';
import type { BodyBlock } from '../../schema/body-block.ts';
import type { IndexedDocument } from './build-search-index.ts';
import { codePoints } from '../client/match-phrase.ts';
import { compactText } from '../format/text-match.ts';

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
  datePublished?: string | null;
  /** 索引号, looked up whole (never searched as text: the page does not print it). */
  indexNumber?: string | null;
  departmentsMentioned: string[];
  topics: { slug: string }[];
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

/** A document as the search index holds it (see src/search/build/build-search-index.ts). */
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
    indexNumber: doc.indexNumber ?? '',
    // The date the lists file it under (document-date.ts): one date policy everywhere.
    date: documentDate({ dateWritten: doc.dateWritten ?? null, datePublished: doc.datePublished ?? null }) ?? '',
    text: head + blocks.map((b) => compactText(b.text)).join(''),
    headLength: codePoints(head).length,
    filters: searchFilters(doc, topicName),
  };
}
