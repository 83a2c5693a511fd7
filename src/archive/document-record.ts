/**
 * A document's record, as the build script writes it (`records/<slug>.json` beside the
 * collection's MDX files) and the site publishes it (data/documents/<slug>.json): the
 * frontmatter, the page and source paths, and the normalised text once, each block a range of
 * it (src/open-data/data-records.ts documentDataRecord). The one body every reader takes: pages, open
 * data and the search index.
 */
import { readFileSync } from 'node:fs';
import type { DocumentDataRecord } from '../open-data/data-records.ts';
import type { BodyBlock } from '../schema/body-block.ts';

/** The folder, inside the collection's, of the documents' records. */
export const RECORDS_FOLDER = 'records';

/** The fields a record adds to the frontmatter. */
const RECORD_ONLY = new Set(['url', 'sourceText', 'body', 'blocks', 'sectionRanges']);

/** A record's frontmatter: every field but those the record adds. */
export function frontmatterOf(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !RECORD_ONLY.has(k)));
}

/** The blocks of a record with their texts, cut from its body by their ranges of code points. */
export function recordBlocks(record: Pick<DocumentDataRecord, 'body' | 'blocks'>): BodyBlock[] {
  const { body } = record;
  // Blocks come in order: one walk over the body turns code points into string offsets.
  let point = 0;
  let unit = 0;
  const offset = (to: number) => {
    while (point < to) {
      unit += body.codePointAt(unit)! > 0xffff ? 2 : 1;
      point++;
    }
    return unit;
  };
  // A field at its usual value is left out of a published block (src/open-data/data-records.ts).
  return record.blocks.map((b) => {
    const from = offset(b.start);
    return {
      kind: b.kind,
      id: b.id ?? null,
      section: b.section ?? '',
      level: b.level ?? 0,
      lineKind: b.lineKind ?? null,
      label: b.label ?? null,
      runIn: b.runIn ?? false,
      part: b.part ?? 0,
      text: body.slice(from, offset(b.end)),
    };
  });
}

/** A record file, read and parsed (no validation: the build script wrote it from the schema). */
export function readRecord(path: string): DocumentDataRecord {
  return JSON.parse(readFileSync(path, 'utf8')) as DocumentDataRecord;
}
