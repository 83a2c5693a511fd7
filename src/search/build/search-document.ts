/**
 * The search index entry of one document: only the document's own text (title, 发文字号,
 * body), where its sections start, its metadata and filter values. No navigation chrome ever
 * reaches the index.
 */
import { docTypeLabels } from '../../schema/doc-types.ts';
import type { SectionNode } from '../../schema/document.ts';
import { documentDate } from '../../archive/document-date.ts';
import type { BodyBlock } from '../../schema/body-block.ts';
import { tocLabel } from '../../views/toc-label.ts';
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
  /** The section tree, for the names of the sections a result lists. */
  sections?: SectionNode[];
  departmentsMentioned: string[];
  topics: { slug: string }[];
}

/**
 * Where a section starts in the indexed text: [section id ('' before any), position, name]; the
 * name is the heading, shortened as the contents shorten it, after the labels of the sections
 * above it: 二（一）经济效益快速增长。 for （一） under 二、.
 */
export type SectionStart = [string, number, string];

/** Each section's ancestors' labels without their closing punctuation (s2-1 under 二、 → 二). */
export function sectionPrefixes(sections: readonly SectionNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (nodes: readonly SectionNode[], prefix: string) => {
    for (const s of nodes) {
      if (!out.has(s.id)) out.set(s.id, prefix);
      walk(s.children, prefix + s.label.replace(/[、.．，,]$/u, ''));
    }
  };
  walk(sections, '');
  return out;
}

/**
 * The sections of a body and the position (character of the compacted text) each starts at,
 * and where each block starts (an excerpt never runs from one block into the next).
 */
export function sectionStarts(
  blocks: BodyBlock[],
  offset: number,
  prefixes: ReadonlyMap<string, string> = new Map(),
): { sections: SectionStart[]; blocks: number[] } {
  const starts: SectionStart[] = [];
  const blockStarts: number[] = [];
  let pos = offset;
  for (const b of blocks) {
    const text = compactText(b.text);
    const prev = starts.at(-1);
    if (!prev || prev[0] !== b.section)
      starts.push([b.section, pos, b.kind === 'heading' ? (prefixes.get(b.section) ?? '') + tocLabel(text) : '']);
    if (text) blockStarts.push(pos);
    pos += text.length;
  }
  return { sections: starts, blocks: blockStarts };
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
  const { sections, blocks: blockStarts } = sectionStarts(blocks, head.length, sectionPrefixes(doc.sections ?? []));
  return {
    slug: doc.slug,
    title: doc.title,
    docNumber: doc.docNumber ?? '',
    indexNumber: doc.indexNumber ?? '',
    issuer: doc.issuer ?? '',
    // The date the lists file it under (document-date.ts): one date policy everywhere.
    date: documentDate({ dateWritten: doc.dateWritten ?? null, datePublished: doc.datePublished ?? null }) ?? '',
    text: head + blocks.map((b) => compactText(b.text)).join(''),
    headLength: codePoints(head).length,
    sections,
    blocks: blockStarts,
    filters: searchFilters(doc, topicName),
  };
}
