/**
 * The search index's document cache (an edge: file I/O): every document's index entry
 * (IndexedDocument) as last read, by MDX file name, with the stamp of the file it was read from
 * (file-stamp.ts). A rebuild reads and parses only the MDX files whose stamp changed (the build
 * script writes a changed file as a new file and leaves the others in place).
 * It lives in the cache folder beside the index manifest (index-manifest.ts), named after the
 * documents folder it describes.
 *
 * A cache of another version, for another folder or another key (the code that reads the
 * documents and the topic registry, see write-search-index.ts), or one that does not read back
 * in full, is ignored: every file is read again.
 *
 * Stored with v8.serialize rather than JSON: at 10,000 documents (~45 million characters of
 * text) reading it back takes ~0.4 s against ~1.1 s for JSON.parse, and serialising and
 * writing it ~0.3 s against ~0.8 s; the strings go in as they are held (two bytes a Chinese
 * character, 83 MB against 115 MB of UTF-8).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IndexedDocument } from './build-search-index.ts';
import { searchCacheFile } from './index-manifest.ts';

/** Bump when IndexedDocument or this file's layout changes. */
const VERSION = 4;

/** One document as cached: the stamp of the MDX file it was read from and its index entry. */
export interface CachedDocument {
  stamp: string;
  doc: IndexedDocument;
}

interface DocumentCache {
  version: number;
  /** The documents folder. */
  documentsDir: string;
  key: string;
  /** [MDX file name, stamp, entry], in name order. */
  entries: [string, string, IndexedDocument][];
}

/** The document cache file of a documents folder. */
export function documentCacheFile(documentsDir: string, env: Record<string, string | undefined> = process.env): string {
  return searchCacheFile(documentsDir, 'docs.bin', env);
}

/** Whether a value read back has the cache's header fields and an array of entries. */
function isDocumentCache(value: unknown): value is DocumentCache {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof DocumentCache, unknown>>;
  return (
    typeof v.version === 'number' && typeof v.documentsDir === 'string' && typeof v.key === 'string' && Array.isArray(v.entries)
  );
}

/**
 * The cached entries of `documentsDir` under `key`, by MDX file name; an empty map when there
 * is no cache, or it is of another version, folder or key, or does not read back. A file cut
 * short does not deserialise (the value's closing tags are missing), so it is never half-used.
 * The stamps are compared by the caller, which stats each file before reading it.
 */
export function readDocumentCache(file: string, documentsDir: string, key: string): Map<string, CachedDocument> {
  if (!existsSync(file)) return new Map();
  let cache: unknown;
  try {
    cache = deserialize(readFileSync(file));
  } catch {
    return new Map();
  }
  if (!isDocumentCache(cache) || cache.version !== VERSION || cache.documentsDir !== resolve(documentsDir) || cache.key !== key)
    return new Map();
  return new Map(cache.entries.map(([name, stamp, doc]) => [name, { stamp, doc }]));
}

/**
 * Writes the cache of `documentsDir` in place, by way of a file beside it and a rename, so a
 * reader sees the old cache or the new one, never part of one.
 *
 * Written at once, not as `.next` for finishIndexManifest like the index manifest: the cache
 * describes the MDX files only (each entry is what its file, as stamped, reads as), not the
 * published site, so it is as right after a failed build as after one that was published.
 */
export function writeDocumentCache(
  file: string,
  documentsDir: string,
  key: string,
  entries: ReadonlyMap<string, CachedDocument>,
): void {
  mkdirSync(dirname(file), { recursive: true });
  const cache: DocumentCache = {
    version: VERSION,
    documentsDir: resolve(documentsDir),
    key,
    entries: [...entries].map(([name, { stamp, doc }]) => [name, stamp, doc]),
  };
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(temporary, serialize(cache));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
