/**
 * The search index's manifest (an edge: file I/O): the content hash and stamp of every file of
 * the published index, so that a rebuild keeps the files whose content is unchanged without
 * reading them. It lives in the cache folder (ASTRO_CACHE_DIR, default node_modules/.astro),
 * under `search-index/`, named after the output folder it describes; never in the site.
 *
 * A build writes the manifest of its index beside the current one (`.next`); scripts/run/build.ts
 * puts it in place once the new site is published, so a failed build leaves the manifest of
 * the site that is still there.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheFileFor, putNextInPlace, writeNext } from '../../build-cache/cache-files.ts';
import { fileStamp } from '../../build-cache/file-stamp.ts';
import { readJsonCache } from '../../build-cache/read-json-cache.ts';
import { previousIndex, type PackMember, type PreviousIndex } from './build-search-index.ts';

const VERSION = 2;

/** One file of the index as written: its content hash and its stamp (file-stamp.ts). */
export interface IndexFileRecord {
  hash: string;
  stamp: string;
  /** A pack's members in order (packs.ts): content hash and compressed length. */
  members?: PackMember[];
}

interface IndexManifest {
  version: number;
  /** The output folder whose search-index/ the files are in. */
  outDir: string;
  files: Record<string, IndexFileRecord>;
}

/**
 * A file of the search index's cache folder that describes `folder`, `suffix` telling the kinds
 * apart (the manifest, document-cache.ts's cache).
 */
export const searchCacheFile = (folder: string, suffix: string, env: Record<string, string | undefined>): string =>
  cacheFileFor('search-index', folder, suffix, env);

/** The manifest file of an output folder. */
export function indexManifestFile(outDir: string, env: Record<string, string | undefined> = process.env): string {
  return searchCacheFile(outDir, 'json', env);
}

/**
 * The files of `outDir`'s index that are still as the manifest says, with their records; an
 * empty map when there is no manifest for that folder. A file changed or replaced since has
 * another stamp and is left out.
 */
export function readIndexManifest(file: string, outDir: string): Map<string, IndexFileRecord> {
  const manifest = readJsonCache(file) as Partial<IndexManifest> | undefined;
  if (manifest?.version !== VERSION || manifest.outDir !== resolve(outDir) || !manifest.files) return new Map();
  const out = new Map<string, IndexFileRecord>();
  for (const [path, record] of Object.entries(manifest.files)) {
    if (fileStamp(join(outDir, path)) === record.stamp) out.set(path, record);
  }
  return out;
}

/**
 * The PreviousIndex of the records readIndexManifest found in `outDir`: a member of a pack is
 * read from the published pack (a positioned read of its bytes, never the whole pack).
 */
export function previousFromManifest(records: ReadonlyMap<string, IndexFileRecord>, outDir: string): PreviousIndex {
  const packs = [...records].flatMap(([path, r]) => (r.members ? [[path, r.members] as [string, PackMember[]]] : []));
  return previousIndex(
    (path) => records.get(path)?.hash,
    packs,
    (pack, offset, length) => {
      const fd = openSync(join(outDir, pack), 'r');
      try {
        const bytes = new Uint8Array(length);
        if (readSync(fd, bytes, 0, length, offset) !== length)
          throw new Error(`search index: ${pack} is shorter than its manifest says`);
        return bytes;
      } finally {
        closeSync(fd);
      }
    },
  );
}

/** Writes the manifest of a new index beside `file` (`file.next`), for finishIndexManifest. */
export function writeIndexManifest(file: string, outDir: string, files: Record<string, IndexFileRecord>): void {
  const manifest: IndexManifest = { version: VERSION, outDir: resolve(outDir), files };
  writeNext(file, JSON.stringify(manifest));
}

/** Puts the manifest of the index just published in place of the last one. */
export const finishIndexManifest = putNextInPlace;
