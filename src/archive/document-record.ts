/**
 * A document's record, as the build script writes it (`records/<slug>.json` beside the
 * collection's MDX files) and the site publishes it (data/documents/<slug>.json): the
 * frontmatter, the page and source paths, and the normalised text once, each block a line of
 * it (src/open-data/data-records.ts documentDataRecord). The one body every reader takes: pages, open
 * data and the search index.
 */
import { readFileSync } from 'node:fs';
import type { DocumentDataRecord } from '../open-data/data-records.ts';
import type { SectionNode } from '../schema/document.ts';
import { detached } from './detached-string.ts';
import { recordBlocks, recordSections } from './record-reader.ts';

export { recordBlocks } from './record-reader.ts';

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
  return {
    ...frontmatter,
    sections: ownHeadings(recordSections(sections, recordBlocks(record as Pick<DocumentDataRecord, 'body' | 'blocks'>))),
  };
}

/**
 * The tree with every heading a string of its own: a line of the body is a view into all of
 * it, and the frontmatter outlives the body (in Astro's data store, for the whole build).
 */
const ownHeadings = (nodes: readonly SectionNode[]): SectionNode[] =>
  nodes.map((n) => ({ ...n, heading: detached(n.heading), children: ownHeadings(n.children) }));

/** A record file, read and parsed (no validation: the build script wrote it from the schema). */
export function readRecord(path: string): DocumentDataRecord {
  return JSON.parse(readFileSync(path, 'utf8')) as DocumentDataRecord;
}
