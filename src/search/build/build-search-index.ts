/**
 * Builds the archive's search index: exact substring search over every document's compacted
 * text (title, 发文字号, body), as static files a browser fetches piece by piece.
 *
 *   search-index/meta.bin         gzip JSON: bucket count, version, per document (by
 *                                 ordinal) slug, date, text length and head length (title +
 *                                 发文字号), filter values and counts
 *   search-index/b/<n>.bin        gzip bucket of bigram postings (see postings.ts)
 *   search-index/c/<key>.bin      gzip JSON: per document (by ordinal) the indices of its values
 *                                 of one filter, for choosing by filters and counting per query
 *   search-index/i/<n>.bin        gzip JSON: 发文字号 and 索引号 keys (parse-query.ts
 *                                 identifierKey) → ordinals, in hashed buckets
 *   search-index/d/<slug>.bin     gzip JSON: what a result shows (title, number, issuer, date,
 *                                 text, section and block starts) for its excerpt and sub-results
 *
 * Postings are of the folded text (fold-text.ts), which has the shown text's length, and the
 * title and 发文字号 characters also have postings of their own (collect-postings.ts).
 *
 * Deterministic: the same documents give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { ByteWriter, bucketOf } from '../format/postings.ts';
import { collectPostings, type CollectedPostings } from './collect-postings.ts';
import type { SectionStart } from './search-document.ts';
import { foldText } from '../format/fold-text.ts';
import { identifierBucket, identifierKey } from '../format/parse-query.ts';

/** One document as the index needs it. */
export interface IndexedDocument {
  slug: string;
  title: string;
  docNumber: string;
  /** 索引号 or ''. */
  indexNumber: string;
  issuer: string;
  /** The date the lists file it under (成文日期, else 发布日期, else the signature's; YYYY-MM-DD) or ''. */
  date: string;
  /** Compacted title + 发文字号 + body. */
  text: string;
  /** Code points of `text` that are title and 发文字号. */
  headLength: number;
  sections: SectionStart[];
  /** Where each block of the body starts in `text`. */
  blocks: number[];
  /** Filter key → values. */
  filters: Record<string, string[]>;
}

/** The index's entry point, read by the search page. */
export interface SearchMeta {
  version: string;
  buckets: number;
  slugs: string[];
  dates: string[];
  lengths: number[];
  heads: number[];
  /** The number of identifier buckets (i/<n>.bin). */
  ids: number;
  /** Filter key → its values (sorted) and how many documents have each. */
  filters: Record<string, { values: string[]; counts: number[] }>;
}

/** Raw bytes a bucket aims at: small enough that a query's rare bigrams cost a few KB each. */
const BUCKET_BYTES = 8 * 1024;

const gzipAsync = promisify(gzipCallback);
const gzip = (data: Uint8Array | string) => gzipAsync(data, { level: 9 });
const json = (value: unknown) => JSON.stringify(value);

/**
 * The previous build of the index: the raw-content hash of each of its files that is still as
 * that build wrote it (see write-search-index.ts), or undefined.
 */
export type PreviousHashes = (path: string) => string | undefined;

/**
 * The content hash of a document's d/ file when the caller knows it (write-search-index.ts
 * caches it with the document), or undefined.
 */
export type KnownDetails = (doc: IndexedDocument) => string | undefined;

/**
 * The index's files: compressed bytes, or null for a file whose content is the previous build's;
 * each file's content hash; and the content hash of each document's d/ file, for the caller to
 * cache (KnownDetails).
 */
export interface IndexFiles {
  files: Map<string, Uint8Array | null>;
  hashes: Map<string, string>;
  details: Map<IndexedDocument, string>;
}

/** A file's content hash: sha256 of its raw (uncompressed) bytes, base64url. */
const contentHash = (content: Uint8Array | string) => createHash('sha256').update(content).digest('base64url');

/** What a result shows of a document: its d/ file's raw content. */
const detailJson = (d: IndexedDocument): string =>
  json({
    title: d.title,
    docNumber: d.docNumber,
    issuer: d.issuer,
    date: d.date,
    text: d.text,
    sections: d.sections,
    blocks: d.blocks,
  });

/** A file's content hash, and its content, made when the file must be compressed. */
class Hashed {
  readonly hash: string;
  readonly make: () => string;
  constructor(hash: string, make: () => string) {
    this.hash = hash;
    this.make = make;
  }
}

/**
 * A document's d/ file. When the caller knows its hash, its JSON (~10 KB a document) is made
 * only if the file must be compressed, not for every unchanged document of a rebuild (JSON and
 * hashing ~0.3 s at 10,000 documents).
 */
function detailFile(d: IndexedDocument, known?: KnownDetails): Hashed {
  const hash = known?.(d);
  if (hash !== undefined) return new Hashed(hash, () => detailJson(d));
  const content = detailJson(d);
  return new Hashed(contentHash(content), () => content);
}

/**
 * Compresses every file whose content the previous build did not have, on libuv's thread
 * pool, a few at a time (each deflate holds ~300 KB); a file the previous build had is null:
 * its bytes are kept as they are, neither read nor compressed again.
 */
async function compressAll(
  raw: Map<string, Uint8Array | string | Hashed>,
  hashes: Map<string, string>,
  previous?: PreviousHashes,
): Promise<Map<string, Uint8Array | null>> {
  const entries = [...raw];
  const out = new Array<Uint8Array | null>(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const i = next++;
      const [path, content] = entries[i]!;
      out[i] = previous?.(path) === hashes.get(path) ? null : await gzip(content instanceof Hashed ? content.make() : content);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return new Map(entries.map(([path], i) => [path, out[i]!]));
}

/** The bucket files of all postings, in `buckets` buckets. */
function writeBuckets(postings: CollectedPostings, buckets: number): Uint8Array[] {
  const { first, second, documents } = postings;
  const grouped: number[][] = Array.from({ length: buckets }, () => []);
  for (let s = 0; s < postings.count; s++) grouped[bucketOf(first[s]!, second[s]!, buckets)]!.push(s);
  return grouped.map((group) => {
    group.sort((a, b) => first[a]! - first[b]! || second[a]! - second[b]!);
    const out = new ByteWriter();
    out.varint(group.length);
    for (const s of group) {
      const head = new ByteWriter();
      head.varint(documents[s]!);
      const bytes = postings.bytes(s);
      out.varint(first[s]!);
      out.varint(second[s]!);
      out.varint(head.length + bytes.length);
      out.append(head.result());
      out.append(bytes);
    }
    return out.result();
  });
}

/** Every file of the index, path (relative to the output folder) → bytes. */
export async function buildSearchIndex(
  docs: IndexedDocument[],
  previous?: PreviousHashes,
  known?: KnownDetails,
): Promise<IndexFiles> {
  const sorted = [...docs].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const { postings, lengths } = collectPostings(
    sorted.map((d) => foldText(d.text)),
    sorted.map((d) => d.headLength),
  );
  // Buckets are sized for the many small posting lists; a long one (a common bigram) fills a
  // bucket on its own, so it counts for at most one bucket's worth.
  let total = 0;
  for (let s = 0; s < postings.count; s++) total += Math.min(postings.byteLengths[s]! + 12, BUCKET_BYTES);
  let buckets = 1;
  while (total / buckets > BUCKET_BYTES) buckets *= 2;

  const pending = new Map<string, Uint8Array | string | Hashed>();
  writeBuckets(postings, buckets).forEach((bytes, i) => pending.set(`search-index/b/${i}.bin`, bytes));

  const filters: SearchMeta['filters'] = {};
  const keys = [...new Set(sorted.flatMap((d) => Object.keys(d.filters)))].sort();
  for (const key of keys) {
    const values = [...new Set(sorted.flatMap((d) => d.filters[key] ?? []))].sort();
    const indexOf = new Map(values.map((v, i) => [v, i]));
    const counts = values.map(() => 0);
    const column = sorted.map((d) => [...new Set(d.filters[key] ?? [])].map((v) => indexOf.get(v)!).sort((a, b) => a - b));
    for (const row of column) for (const i of row) counts[i]!++;
    pending.set(`search-index/c/${key}.bin`, json(column));
    filters[key] = { values, counts };
  }

  // About 100 documents per identifier file: a 发文字号 query fetches one file of a few KB.
  let ids = 1;
  while (sorted.length / ids > 100) ids *= 2;
  const idFiles = Array.from({ length: ids }, () => new Map<string, number[]>());
  sorted.forEach((d, ordinal) => {
    for (const key of new Set([d.docNumber, d.indexNumber].filter(Boolean).map(identifierKey))) {
      const file = idFiles[identifierBucket(key, ids)]!;
      (file.get(key) ?? file.set(key, []).get(key)!).push(ordinal);
    }
  });
  idFiles.forEach((file, n) =>
    pending.set(`search-index/i/${n}.bin`, json(Object.fromEntries([...file].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))),
  );
  const details = new Map<IndexedDocument, string>();
  for (const d of sorted) {
    const file = detailFile(d, known);
    details.set(d, file.hash);
    pending.set(`search-index/d/${d.slug}.bin`, file);
  }

  // The version is a hash of the content, not of its compression.
  const hashes = new Map(
    [...pending].map(([path, content]) => [path, content instanceof Hashed ? content.hash : contentHash(content)]),
  );
  const version = createHash('sha256');
  for (const [path, h] of hashes) version.update(`${path}\0${h}\n`);
  const files = await compressAll(pending, hashes, previous);
  const meta: SearchMeta = {
    version: version.digest('hex').slice(0, 12),
    buckets,
    slugs: sorted.map((d) => d.slug),
    dates: sorted.map((d) => d.date),
    lengths,
    heads: sorted.map((d) => d.headLength),
    ids,
    filters,
  };
  const metaJson = json(meta);
  hashes.set('search-index/meta.bin', contentHash(metaJson));
  files.set(
    'search-index/meta.bin',
    previous?.('search-index/meta.bin') === hashes.get('search-index/meta.bin') ? null : await gzip(metaJson),
  );
  return { files, hashes, details };
}
