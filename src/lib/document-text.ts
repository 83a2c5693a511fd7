/**
 * A document's MDX body and summary, read from its generated file when a page needs them: the
 * collection stores only the frontmatter (see src/loaders/mdx-documents.ts). This is the I/O
 * edge of the pages for bodies.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitFrontmatter } from '../loaders/mdx-documents.ts';
import { documentBlocks, type BodyBlock } from './document-blocks.ts';
import { documentSummary } from './document-summary.ts';

/** What the pages know of a collection entry: its id, the file it was loaded from (relative to the project) and that file's digest. */
export interface EntryFile {
  id: string;
  filePath?: string | undefined;
  digest?: string | number | undefined;
}

/** The MDX body of an entry, from its file. */
export function documentBody(entry: EntryFile): string {
  if (!entry.filePath) throw new Error(`documents/${entry.id}: the collection entry names no file to read its body from`);
  return splitFrontmatter(readFileSync(resolve(process.cwd(), entry.filePath), 'utf8')).body;
}

// A document page needs its blocks twice (summary and body): the last document's are kept.
let last: { key: string; blocks: BodyBlock[] } | undefined;

/** The blocks (documentBlocks) of an entry's body. */
export function entryBlocks(entry: EntryFile): BodyBlock[] {
  const key = `${entry.id}\n${entry.digest ?? ''}`;
  if (last?.key !== key) last = { key, blocks: documentBlocks(documentBody(entry)) };
  return last.blocks;
}

// A document's summary shows on its page and in up to three feeds; it is kept by the file's
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
