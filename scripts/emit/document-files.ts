/**
 * The per-document open data of the site, from the build script's output, not from Astro:
 * data/documents/<slug>.json is the document's record (records/<slug>.json, hard-linked: the
 * build script never writes into a record it wrote before, it writes a changed one as a new
 * file) and data/documents/<slug>.txt its source, byte for byte (copied: sources are edited in
 * place, and the published copy must not change with them before a build has checked them).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDS_FOLDER } from '../../src/archive/document-record.ts';
import { linkOrCopy } from '../../src/site/link-or-copy.ts';

/** A document as the build script reports it: its slug and its source file's name. */
export interface BuiltDocument {
  slug: string;
  source: string;
}

/** Writes data/documents/<slug>.json and .txt of every document into `site`. Synchronous: tens of thousands of small awaited calls take seconds. */
export function emitDocumentFiles(
  documents: readonly BuiltDocument[],
  paths: { documentsDir: string; rawDir: string; site: string },
): void {
  const dir = join(paths.site, 'data/documents');
  mkdirSync(dir, { recursive: true });
  for (const { slug, source } of documents) {
    // A file gone since the build script wrote it is left out: the check before publishing
    // (scripts/run/check-site-complete.ts) names every missing file and fails the build.
    skipMissing(() => linkOrCopy(join(paths.documentsDir, RECORDS_FOLDER, `${slug}.json`), join(dir, `${slug}.json`)));
    skipMissing(() => copyFileSync(join(paths.rawDir, source), join(dir, `${slug}.txt`)));
  }
}

function skipMissing(write: () => unknown): void {
  try {
    write();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}
