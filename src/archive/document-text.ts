/**
 * A document's blocks and summary, read from its record (the collection entry's file, written by
 * the build script) when a page needs them: the collection stores only the frontmatter (see
 * src/archive/record-loader.ts). This is the I/O edge of the pages for bodies.
 */
import { resolve } from 'node:path';
import type { BodyBlock } from '../schema/body-block.ts';
import { readRecord, recordBlocks } from './document-record.ts';
import { documentSummary } from '../views/document-summary.ts';

/** What the pages know of a collection entry: its id, its record's file (relative to the project) and that file's digest. */
export interface EntryFile {
  id: string;
  filePath?: string | undefined;
  digest?: string | number | undefined;
}

// A document page needs its blocks twice (summary and body): the last document's are kept.
let last: { key: string; blocks: BodyBlock[] } | undefined;

/** The blocks of an entry's record. */
export function entryBlocks(entry: EntryFile): BodyBlock[] {
  if (!entry.filePath) throw new Error(`documents/${entry.id}: the collection entry names no record to read its body from`);
  const key = `${entry.id}\n${entry.digest ?? ''}`;
  if (last?.key !== key) last = { key, blocks: recordBlocks(readRecord(resolve(process.cwd(), entry.filePath))) };
  return last.blocks;
}

// A document's summary shows on its page and in up to three feeds; it is kept by the record's
// digest (a short string), never by the body, so no body stays in memory after its page.
const summaries = new Map<string, string>();

/** documentSummary of an entry's body, remembered for the rest of the build. */
export function entrySummary(entry: EntryFile): string {
  const key = `${entry.id}\n${entry.digest ?? ''}`;
  let summary = summaries.get(key);
  if (summary === undefined) {
    summary = documentSummary(entryBlocks(entry));
    summaries.set(key, summary);
  }
  return summary;
}
