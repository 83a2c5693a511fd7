/**
 * A document's record, as the build script writes it (`records/<slug>.json` beside the
 * collection's MDX files) and the site publishes it (data/documents/<slug>.json): the
 * frontmatter, the page and source paths, and the normalised text once, each block a line of
 * it (src/open-data/data-records.ts documentDataRecord). The one body every reader takes: pages, open
 * data and the search index.
 */
import { readFileSync } from 'node:fs';
import { impliedKind, type CompactSection, type DocumentDataRecord } from '../open-data/data-records.ts';
import type { SectionNode } from '../schema/document.ts';
import type { BodyBlock } from '../schema/body-block.ts';

/** The folder, inside the collection's, of the documents' records. */
export const RECORDS_FOLDER = 'records';

/** The fields a record adds to the frontmatter. */
const RECORD_ONLY = new Set(['url', 'sourceText', 'body', 'blocks']);

/**
 * A record's frontmatter: every field but those the record adds, with the section tree whole
 * again: a node's level, label and heading left out are those of its heading block (the k-th
 * node in preorder, the k-th heading block), as src/open-data/data-records.ts writes them.
 */
export function frontmatterOf(record: Record<string, unknown>): Record<string, unknown> {
  const frontmatter = Object.fromEntries(Object.entries(record).filter(([k]) => !RECORD_ONLY.has(k)));
  const { sections } = record as Pick<DocumentDataRecord, 'sections'>;
  if (!Array.isArray(sections)) return frontmatter;
  const headings = recordBlocks(record as Pick<DocumentDataRecord, 'body' | 'blocks'>).filter((b) => b.kind === 'heading');
  let k = 0;
  const tree = (nodes: readonly CompactSection[]): SectionNode[] =>
    nodes.map((n) => {
      const h = headings[k++];
      return {
        id: n.id,
        level: n.level ?? h?.level ?? 1,
        label: n.label ?? h?.label ?? '',
        heading: n.heading ?? h?.text ?? '',
        children: tree(n.children),
      };
    });
  return { ...frontmatter, sections: tree(sections) };
}

/**
 * The blocks of a record with their texts: block i is line i of the body. A field a block
 * leaves out takes its usual value, its section and part those of the block before (a
 * heading's section is its id), as src/open-data/data-records.ts writes them.
 */
export function recordBlocks(record: Pick<DocumentDataRecord, 'body' | 'blocks'>): BodyBlock[] {
  const lines = record.body.split('\n');
  let section = '';
  let part = 0;
  return record.blocks.map((b, i) => {
    const kind = b.kind ?? impliedKind(b.level !== undefined, b.lineKind !== undefined);
    section = b.section ?? (kind === 'heading' ? b.id! : section);
    part = b.part ?? part;
    return {
      kind,
      id: b.id ?? null,
      section,
      level: b.level ?? 0,
      lineKind: b.lineKind ?? null,
      label: b.label ?? null,
      runIn: b.runIn ?? false,
      part,
      text: lines[i]!,
    };
  });
}

/** A record file, read and parsed (no validation: the build script wrote it from the schema). */
export function readRecord(path: string): DocumentDataRecord {
  return JSON.parse(readFileSync(path, 'utf8')) as DocumentDataRecord;
}
