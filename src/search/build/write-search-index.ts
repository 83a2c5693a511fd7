/**
 * Reads the documents' records (content/documents/records/*.json, written by the build script)
 * and writes the search index into a site folder: run by scripts/run/build-search-index.ts, in
 * a process of its own beside Astro.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { frontmatterOf, readRecord, recordBlocks, RECORDS_FOLDER } from '../../archive/document-record.ts';
import { indexedDocument } from './search-document.ts';
import { documentSchema } from '../../schema/document.ts';
import { readRegistries } from '../../registry/read-registries.ts';
import { linkOrCopy } from '../../site/link-or-copy.ts';
import { fileStamp } from '../../build-cache/file-stamp.ts';
import { buildSearchIndex, type IndexedDocument } from './build-search-index.ts';
import { readDocumentCache, writeDocumentCache, type CachedDocument } from './document-cache.ts';
import { previousFromManifest, readIndexManifest, writeIndexManifest, type IndexFileRecord } from './index-manifest.ts';

export interface SearchIndexOptions {
  /** The generated collection. */
  documentsDir: string;
  /** content/, for the topic registry. */
  contentDir: string;
  /** The site folder; the index goes to its search-index/. */
  siteDir: string;
  /**
   * The published site the new index will replace, and the manifest of its index
   * (index-manifest.ts): files whose content is unchanged are linked from there, neither
   * compressed nor written again, and the new manifest is written beside the old one.
   */
  previous?: { siteDir: string; manifest: string };
  /**
   * The document cache (document-cache.ts), and what every document's entry depends on besides
   * its record and the topic registry: the code that reads it (scripts/run/build-search-index.ts
   * passes the build key). records still as the cache stamped them are not read.
   */
  cache?: { file: string; key: string };
}

/** One record's index entry, read and parsed. */
function readDocument(path: string, topicName: (slug: string) => string): IndexedDocument {
  try {
    // Synchronous reads: 10,000 small files read through awaited file handles (open, stat,
    // read, close, each a trip to the thread pool) cost five times the CPU.
    const record = readRecord(path);
    const doc = documentSchema.parse(frontmatterOf(record));
    return indexedDocument(doc, recordBlocks(record), topicName);
  } catch (e) {
    // These files are generated: one that does not read back was edited by hand or half-written.
    throw new Error(
      `search index: ${path} cannot be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); do not edit generated files, run \`npm run build\` to write them again`,
      { cause: e },
    );
  }
}

/**
 * Every record's entry with its stamp, in name order: the cached one when the file's stamp is
 * the cached one, else read; and how many files were read.
 */
function readDocuments(
  documentsDir: string,
  names: string[],
  topicName: (slug: string) => string,
  cached: ReadonlyMap<string, CachedDocument>,
): { entries: Map<string, CachedDocument>; read: number } {
  const entries = new Map<string, CachedDocument>();
  let read = 0;
  for (const name of names) {
    const path = join(documentsDir, name);
    // Stamped before it is read: a file replaced in between keeps the older stamp with the
    // newer entry and is read again next time, never the other way round.
    const stamp = fileStamp(path);
    const hit = cached.get(name);
    if (stamp !== null && hit?.stamp === stamp) entries.set(name, hit);
    else {
      entries.set(name, { stamp: stamp ?? '', doc: readDocument(path, topicName) });
      read++;
    }
  }
  return { entries, read };
}

/**
 * What every cached entry depends on besides its record: the caller's key (the code) and the
 * topic registry, whose names go into the topic filter.
 */
const entriesKey = (key: string, topicsText: string): string =>
  createHash('sha256').update(`${key}\0${topicsText}`).digest('hex');

/**
 * Builds and writes the index; returns the number of documents, of files, and of records
 * read (the others' entries came from the cache).
 */
export async function writeSearchIndex({
  documentsDir,
  contentDir,
  siteDir,
  previous,
  cache,
}: SearchIndexOptions): Promise<{ documents: number; files: number; read: number }> {
  const topicsText = await readFile(join(contentDir, 'topics.yaml'), 'utf8');
  const { topics } = readRegistries(contentDir);
  const topicName = new Map(topics.map((t) => [t.slug, t.name]));
  const recordsDir = join(documentsDir, RECORDS_FOLDER);
  const names = (await readdir(recordsDir)).filter((n) => n.endsWith('.json')).sort();
  const key = cache ? entriesKey(cache.key, topicsText) : '';
  const cached = cache ? readDocumentCache(cache.file, recordsDir, key) : new Map<string, CachedDocument>();
  const { entries: current, read } = readDocuments(recordsDir, names, (slug) => topicName.get(slug) ?? slug, cached);
  const docs = [...current.values()].map((e) => e.doc);
  const kept = previous ? readIndexManifest(previous.manifest, previous.siteDir) : new Map<string, IndexFileRecord>();
  const { files, hashes, members } = await buildSearchIndex(
    docs,
    previous ? previousFromManifest(kept, previous.siteDir) : undefined,
  );
  // Written when an entry was read or dropped (its file gone); else it is the cache as it is.
  if (cache && (read > 0 || current.size !== cached.size)) writeDocumentCache(cache.file, recordsDir, key, current);
  const folders = new Set([...files.keys()].map((p) => dirname(join(siteDir, p))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  const records: Record<string, IndexFileRecord> = {};
  const entries = [...files];
  // A few writes at a time: thousands of small files, without thousands of open handles.
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(
      entries.slice(i, i + 64).map(async ([p, bytes]) => {
        const to = join(siteDir, p);
        // An unchanged file is the published one, linked: a hard link keeps its stamp.
        if (bytes === null && previous && linkOrCopy(join(previous.siteDir, p), to)) records[p] = kept.get(p)!;
        else {
          if (bytes !== null) await writeFile(to, bytes);
          const packed = members.get(p);
          records[p] = { hash: hashes.get(p)!, stamp: fileStamp(to)!, ...(packed ? { members: packed } : {}) };
        }
      }),
    );
  }
  if (previous)
    writeIndexManifest(
      previous.manifest,
      previous.siteDir,
      Object.fromEntries(Object.entries(records).sort(([a], [b]) => (a < b ? -1 : 1))),
    );
  return { documents: names.length, files: files.size, read };
}
