/**
 * The per-document open data of the site, from the build script's output, not from Astro:
 * data/documents/<slug>.json is the document's record (records/<slug>.json, hard-linked: the
 * build script never writes into a record it wrote before, it writes a changed one as a new
 * file) and data/documents/<slug>.txt its source, byte for byte (copied: sources are edited in
 * place, and the published copy must not change with them before a build has checked them).
 *
 * A source whose cache key (a hash of its bytes, among others) is the one the published copy
 * was made from, and whose published copy is as that build left it (its stamp), is linked from
 * the published site instead of copied again: the page manifest keeps both
 * (src/build-cache/page-manifest.ts).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDS_FOLDER } from '../../src/archive/document-record.ts';
import { fileStamp } from '../../src/build-cache/file-stamp.ts';
import type { PageRecord, PlanEntry } from '../../src/build-cache/page-manifest.ts';
import { linkOrCopy } from '../../src/site/link-or-copy.ts';

/** A document as the build script reports it: its slug, its source file's name and the source's cache key ('' when unknown). */
export interface BuiltDocument {
  slug: string;
  source: string;
  key: string;
}

/** The published site and its manifest, to take unchanged source copies from. */
export interface PublishedSite {
  dir: string;
  pages: ReadonlyMap<string, PageRecord>;
}

/**
 * Writes data/documents/<slug>.json and .txt of every document into `site`; returns the .txt
 * files as page-manifest entries (fingerprint: the source's key). Synchronous: tens of
 * thousands of small awaited calls take seconds.
 */
export function emitDocumentFiles(
  documents: readonly BuiltDocument[],
  paths: { documentsDir: string; rawDir: string; site: string; published?: PublishedSite },
): PlanEntry[] {
  const dir = join(paths.site, 'data/documents');
  mkdirSync(dir, { recursive: true });
  const entries: PlanEntry[] = [];
  for (const { slug, source, key } of documents) {
    // A file gone since the build script wrote it is left out: the check before publishing
    // (scripts/run/check-site-complete.ts) names every missing file and fails the build.
    skipMissing(() => linkOrCopy(join(paths.documentsDir, RECORDS_FOLDER, `${slug}.json`), join(dir, `${slug}.json`)));
    const file = `data/documents/${slug}.txt`;
    const before = paths.published?.pages.get(file);
    const from = paths.published && join(paths.published.dir, file);
    if (key && from && before?.fp === key && fileStamp(from) === before.stamp && linkOrCopy(from, join(dir, `${slug}.txt`)))
      entries.push({ file, fp: key, reused: { stamp: before.stamp } });
    else {
      skipMissing(() => copyFileSync(join(paths.rawDir, source), join(dir, `${slug}.txt`)));
      if (key) entries.push({ file, fp: key });
    }
  }
  return entries;
}

function skipMissing(write: () => unknown): void {
  try {
    write();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}
