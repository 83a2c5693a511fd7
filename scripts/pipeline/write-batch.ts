import { copyFileSync, linkSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentData } from '../../src/schema/document.ts';
import { toErrorData, type ErrorData } from './build-error.ts';
import { reportEntry, ReportDigest, type DigestData } from './build-report.ts';
import { correctionOf, type SourceSetup } from './index-batch.ts';
import { ElementBytes, jsonArrayElement } from './json-array-writer.ts';
import { buildErrorsOf, normaliseSource } from './normalise-corpus.ts';
import type { StoredRecord } from './record-store.ts';
import { resolveWith, type CitationIndex } from './resolve-citations.ts';
import { toMdxBody, toFrontmatter } from './to-mdx.ts';

/** One record of documents.json: the frontmatter plus where the document lives. */
export type DocumentRecord = DocumentData & { url: string };

/** Where the second pass writes, and what it resolves citations against. */
export interface WriteSetup {
  /** The folder being filled (a temporary one until the run succeeds). */
  outDir: string;
  /** The output of the last run, whose unchanged MDX files are kept, or undefined. */
  previousDir: string | undefined;
  /** Base path the site is served under, for the `url` of each record: `/` or `/archive/`. */
  base: string;
  citations: CitationIndex;
}

/** A source of the second pass: its file name and what the first pass found in the cache. */
export interface WriteItem {
  name: string;
  key: string;
  reused: boolean;
}

/** What the second pass gives back for a run of sources, in source order. */
export interface WriteBatchResult {
  /** Elements of documents.json and of report.json's `documents` (jsonArrayElement), as UTF-8 joined by `,\n`. */
  documents: Uint8Array;
  report: Uint8Array;
  count: number;
  digest: DigestData;
  written: number;
  unchanged: number;
  errors: ErrorData[];
}

/**
 * The second pass over a run of sources, once the whole corpus is indexed (an edge: reads
 * sources and records, writes MDX files and records): normalises each source (or takes its
 * cached record), resolves its citations, writes its MDX file and makes its documents.json and
 * report.json entries. An MDX file whose bytes are those of the last run's file is linked, not
 * written, so it keeps its modification time. With `write` false it only looks for errors.
 */
export function writeBatch(setup: SourceSetup & WriteSetup, items: readonly WriteItem[], write = true): WriteBatchResult {
  const documents = new ElementBytes();
  const report = new ElementBytes();
  const errors: ErrorData[] = [];
  const digest = new ReportDigest();
  let written = 0;
  for (const item of items) {
    // A record another build pruned since the first pass is simply made again.
    let record = item.reused ? setup.store?.read(item.key) : undefined;
    if (!record) {
      try {
        record = normalisedRecord(setup, item.name);
      } catch (e) {
        errors.push(...buildErrorsOf(e).map(toErrorData));
        continue;
      }
      setup.store?.write(item.key, record);
    }
    if (!write) continue;
    const data = resolveWith(setup.citations, record.document.data);
    if (placeFile(setup, `${data.slug}.mdx`, Buffer.from(`${toFrontmatter(data)}\n${record.body}`))) written++;
    documents.add(jsonArrayElement({ ...data, url: `${setup.base}documents/${data.slug}/` } satisfies DocumentRecord, 0));
    const entry = reportEntry({ ...record.document, data });
    report.add(jsonArrayElement(entry, 1));
    digest.add(entry);
  }
  return { documents: documents.bytes(), report: report.bytes(), count: documents.count, digest: digest.toData(), written, unchanged: documents.count - written, errors };
}

/** A source normalised, its body serialised: what the cache stores. */
function normalisedRecord(setup: SourceSetup, name: string): StoredRecord {
  const path = join(setup.inDir, name);
  const { blocks, path: _path, ...document } = normaliseSource({ path, name, bytes: readFileSync(path) }, correctionOf(setup, name), setup.context);
  const { slug, title, docNumber, attachments } = document.data;
  return { target: { slug, title, docNumber, attachments }, document, body: toMdxBody(blocks) };
}

/** Puts `file` into the output: linked from the last run when its bytes are the same, else written. Returns whether it wrote. */
function placeFile(setup: WriteSetup, file: string, bytes: Buffer): boolean {
  const to = join(setup.outDir, file);
  const from = setup.previousDir === undefined ? undefined : join(setup.previousDir, file);
  if (from !== undefined && sameBytes(from, bytes)) {
    try {
      linkSync(from, to);
    } catch {
      // Another file system, or no hard links: a copy with the old times will do.
      copyFileSync(from, to);
      const { atime, mtime } = statSync(from);
      utimesSync(to, atime, mtime);
    }
    return false;
  }
  writeFileSync(to, bytes);
  return true;
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}
