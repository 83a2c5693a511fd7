/**
 * What a search result shows of a document, read from the record the site publishes for it
 * (data/documents/<slug>.json, written by src/open-data/data-records.ts): title, 发文字号, 发文机关,
 * date, the compacted text (title, 发文字号, body, whitespace removed) and where each section and
 * block starts in it, with each section's name. The index builder indexes the same text
 * (search-document.ts), so the search page's excerpts stand where the postings say.
 *
 * Runs in the browser: no Node, no zod. The record's compact blocks and section tree are read by
 * src/archive/record-reader.ts, as the pages and the search index read them.
 */
import { documentDate } from '../../archive/document-date.ts';
import { recordBlocks, recordSections, type CompactBlock, type CompactSection } from '../../archive/record-reader.ts';
import { compactText } from './text-match.ts';
import { tocLabel } from '../../views/toc-label.ts';

/**
 * Where a section starts in the indexed text: [section id ('' before any), position, name]; the
 * name is the heading, shortened as the contents shorten it, after the labels of the sections
 * above it: 二（一）经济效益快速增长。 for （一） under 二、.
 */
export type SectionStart = [string, number, string];

/** What sectionStarts needs of a body block (src/schema/body-block.ts). */
export interface SectionBlock {
  kind: string;
  section: string;
  text: string;
}

/** What sectionPrefixes needs of a node of the section tree. */
export interface LabelledSection {
  id: string;
  label: string;
  children: readonly LabelledSection[];
}

/** Each section's ancestors' labels without their closing punctuation (s2-1 under 二、 → 二). */
export function sectionPrefixes(sections: readonly LabelledSection[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (nodes: readonly LabelledSection[], prefix: string) => {
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
  blocks: readonly SectionBlock[],
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

/** The fields of data/documents/<slug>.json a result reads. */
export interface PublishedRecord {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  dateWritten: string | null;
  datePublished?: string | null;
  body: string;
  blocks: CompactBlock[];
  sections: CompactSection[];
}

/** What a result shows of a document. */
export interface ResultData {
  title: string;
  docNumber: string;
  issuer: string;
  /** The date the lists file it under (成文日期, else 发布日期; YYYY-MM-DD) or ''. */
  date: string;
  /** Title, 发文字号 and body, whitespace removed: the text the index holds postings of. */
  text: string;
  sections: SectionStart[];
  /** Where each block of the body starts in `text`. */
  blocks: number[];
}

/** What a result shows of the document whose published record this is. */
export function resultData(record: PublishedRecord): ResultData {
  const head = compactText(record.title) + compactText(record.docNumber ?? '');
  const blocks = recordBlocks(record);
  // Positions in UTF-16 units of `text`, as the excerpts slice it.
  const starts = sectionStarts(blocks, head.length, sectionPrefixes(recordSections(record.sections, blocks)));
  return {
    title: record.title,
    docNumber: record.docNumber ?? '',
    issuer: record.issuer ?? '',
    // The date the lists file it under: one date policy everywhere.
    date: documentDate({ dateWritten: record.dateWritten, datePublished: record.datePublished ?? null }) ?? '',
    text: head + blocks.map((b) => compactText(b.text)).join(''),
    sections: starts.sections,
    blocks: starts.blocks,
  };
}
