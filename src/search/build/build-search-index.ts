/**
 * Builds the archive's search index: exact substring search over every document's compacted
 * text (title, 发文字号, body), as static files a browser fetches piece by piece.
 *
 *   search-index/meta.bin         gzip JSON: bucket count, version, per document (by
 *                                 ordinal) slug, date, text length and head length (title +
 *                                 发文字号), filter values and counts
 *   search-index/buckets-<k>.bin  packs of gzip buckets of bigram postings (see postings.ts
 *                                 and packs.ts: one member per bucket, read by `Range`)
 *   search-index/c/<key>.bin      gzip JSON: per document (by ordinal) the indices of its values
 *                                 of one filter, for choosing by filters and counting per query
 *   search-index/i/<n>.bin        gzip JSON: 发文字号 and 索引号 keys (parse-query.ts
 *                                 identifierKey) → ordinals, in hashed buckets
 *
 * What a result shows (title, 发文字号, 发文机关, excerpts, sections) is not in the index: the
 * search page reads it from the document's published record, data/documents/<slug>.json
 * (src/search/format/result-data.ts), so the site carries the text once fewer.
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
import { foldText } from '../format/fold-text.ts';
import { identifierBucket, identifierKey } from '../format/parse-query.ts';
import { bucketPackPath, packLayout, type PackLayout } from '../format/packs.ts';

/** One document as the index needs it. */
export interface IndexedDocument {
  slug: string;
  title: string;
  docNumber: string;
  /** 索引号 or ''. */
  indexNumber: string;
  /** The date the lists file it under (成文日期, else 发布日期, else the signature's; YYYY-MM-DD) or ''. */
  date: string;
  /** Compacted title + 发文字号 + body. */
  text: string;
  /** Code points of `text` that are title and 发文字号. */
  headLength: number;
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
  /** How buckets are packed (packs.ts). */
  packs: PackLayout;
  /** The compressed length of each bucket's member, by bucket number. */
  bucketSizes: number[];
  /** Filter key → its values (sorted) and how many documents have each. */
  filters: Record<string, { values: string[]; counts: number[] }>;
}

/** Raw bytes a bucket aims at: small enough that a query's rare bigrams cost a few KB each. */
const BUCKET_BYTES = 8 * 1024;

/**
 * Bytes of postings collected in one pass over the documents (a run of whole packs; at least
 * one pack). Past it the postings are collected in several passes, each reading every document
 * again for the bigrams of its packs. Collected in one pass, 30,000 documents' 281 MB of
 * postings took 700 MB of arena and 2.2 GB resident (2026-12-06).
 */
const RANGE_BYTES = 192 * 1024 * 1024;

const gzipAsync = promisify(gzipCallback);
const gzip = (data: Uint8Array | string) => gzipAsync(data, { level: 9 });
const json = (value: unknown) => JSON.stringify(value);

/**
 * The previous build of the index (see write-search-index.ts), as far as its files are still
 * as that build wrote them: the content hash of each file (of a pack: of its members' hashes),
 * and the compressed bytes of each member of its packs, by the member's content hash.
 */
export interface PreviousIndex {
  hash: (path: string) => string | undefined;
  member: (hash: string) => { length: number; bytes: () => Uint8Array } | undefined;
}

/** A member of a pack as the manifest records it: its content hash and compressed length. */
export type PackMember = [hash: string, length: number];

/**
 * A PreviousIndex over file hashes and the members of packs, reading a member's bytes with
 * `read` (pack path, first byte, length).
 */
export function previousIndex(
  hash: (path: string) => string | undefined,
  packs: Iterable<[string, readonly PackMember[]]>,
  read: (pack: string, offset: number, length: number) => Uint8Array,
): PreviousIndex {
  const members = new Map<string, { pack: string; offset: number; length: number }>();
  for (const [pack, list] of packs) {
    let offset = 0;
    for (const [h, length] of list) {
      if (!members.has(h)) members.set(h, { pack, offset, length });
      offset += length;
    }
  }
  return {
    hash,
    member: (h) => {
      const m = members.get(h);
      return m && { length: m.length, bytes: () => read(m.pack, m.offset, m.length) };
    },
  };
}

/**
 * The index's files: compressed bytes, or null for a file whose content is the previous build's;
 * each file's content hash; and the members of every pack, for the manifest.
 */
export interface IndexFiles {
  files: Map<string, Uint8Array | null>;
  hashes: Map<string, string>;
  members: Map<string, PackMember[]>;
}

/** A file's content hash: sha256 of its raw (uncompressed) bytes, base64url. */
const contentHash = (content: Uint8Array | string) => createHash('sha256').update(content).digest('base64url');

/** A member's content hash, and its content, made when the member must be compressed. */
class Hashed {
  readonly hash: string;
  readonly make: () => Uint8Array | string;
  constructor(hash: string, make: () => Uint8Array | string) {
    this.hash = hash;
    this.make = make;
  }
}

/** Runs jobs on libuv's thread pool, a few at a time (each deflate holds ~300 KB). */
async function runAll(jobs: (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/**
 * Compresses every file whose content the previous build did not have; a file the previous
 * build had is null: its bytes are kept as they are, neither read nor compressed again.
 */
async function compressAll(
  raw: Map<string, Uint8Array | string>,
  hashes: Map<string, string>,
  previous?: PreviousIndex,
): Promise<Map<string, Uint8Array | null>> {
  const out = new Map<string, Uint8Array | null>();
  await runAll(
    [...raw].map(([path, content]) => async () => {
      out.set(path, previous?.hash(path) === hashes.get(path) ? null : await gzip(content));
    }),
  );
  return new Map([...raw.keys()].map((path) => [path, out.get(path)!]));
}

/** A pack being made: its members in order, each its hash and its content, made on demand. */
type PackInput = [path: string, members: Hashed[]];

/**
 * The packs' bytes: null for a pack whose members are the previous build's, else its members
 * concatenated, each taken from the previous build's packs when it was there, else compressed;
 * with each pack's content hash (of its members' hashes) and members.
 */
async function makePacks(
  packs: PackInput[],
  previous?: PreviousIndex,
): Promise<{ files: Map<string, Uint8Array | null>; hashes: Map<string, string>; members: Map<string, PackMember[]> }> {
  const jobs: (() => Promise<void>)[] = [];
  const made = packs.map(([path, list]) => {
    const hash = contentHash(list.map((m) => m.hash).join('\n'));
    const kept = previous?.hash(path) === hash;
    const bytes = new Array<Uint8Array | undefined>(list.length);
    const lengths = new Array<number>(list.length);
    list.forEach((m, i) => {
      const old = previous?.member(m.hash);
      if (old) {
        lengths[i] = old.length;
        if (!kept) bytes[i] = old.bytes();
      } else
        jobs.push(async () => {
          const b = await gzip(m.make());
          bytes[i] = b;
          lengths[i] = b.length;
        });
    });
    return { path, hash, kept, bytes, lengths, list };
  });
  await runAll(jobs);
  const files = new Map<string, Uint8Array | null>();
  const hashes = new Map<string, string>();
  const members = new Map<string, PackMember[]>();
  for (const { path, hash, kept, bytes, lengths, list } of made) {
    files.set(path, kept ? null : Buffer.concat(bytes as Uint8Array[]));
    // The members are in the pack now: not held twice (1 GB of members at 100,000 documents).
    bytes.length = 0;
    hashes.set(path, hash);
    members.set(
      path,
      list.map((m, i) => [m.hash, lengths[i]!]),
    );
  }
  return { files, hashes, members };
}

/**
 * The bigrams (by number) of each of buckets `from` … `to` − 1 of `buckets`, from postings that
 * hold (at least) every bigram of those buckets: a bigram that counts no documents was not kept
 * (CollectOptions.keep).
 */
function bucketGroups(postings: CollectedPostings, buckets: number, from: number, to: number): number[][] {
  const { first, second, documents } = postings;
  const grouped: number[][] = Array.from({ length: to - from }, () => []);
  for (let s = 0; s < postings.count; s++) {
    if (documents[s] === 0) continue;
    const n = bucketOf(first[s]!, second[s]!, buckets);
    if (n >= from && n < to) grouped[n - from]!.push(s);
  }
  return grouped;
}

/** One bucket's bytes: its bigrams in code point order, each with its postings. */
function bucketBytes(postings: CollectedPostings, group: number[]): Uint8Array {
  const { first, second, documents } = postings;
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
}

/** Every file of the index, path (relative to the output folder) → bytes. */
export async function buildSearchIndex(
  docs: IndexedDocument[],
  previous?: PreviousIndex,
  { rangeBytes = RANGE_BYTES }: { rangeBytes?: number } = {},
): Promise<IndexFiles> {
  const sorted = [...docs].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  // Folded one document at a time, as each pass reads it: never every folded text at once.
  const texts = function* () {
    for (const d of sorted) yield foldText(d.text);
  };
  const heads = sorted.map((d) => d.headLength);
  // First the size of every bigram's postings, without their bytes (a few typed arrays with an
  // entry per bigram), for the number of buckets and the ranges of packs to collect at once.
  const { postings: sized, lengths } = collectPostings(texts(), heads, { sizesOnly: true });
  // Buckets are sized for the many small posting lists; a long one (a common bigram) fills a
  // bucket on its own, so it counts for at most one bucket's worth.
  let total = 0;
  for (let s = 0; s < sized.count; s++) total += Math.min(sized.byteLengths[s]! + 12, BUCKET_BYTES);
  let buckets = 1;
  while (total / buckets > BUCKET_BYTES) buckets *= 2;
  const layout = packLayout(buckets);
  const packs = buckets / layout.buckets;
  const packBytes = new Float64Array(packs);
  for (let s = 0; s < sized.count; s++)
    packBytes[Math.floor(bucketOf(sized.first[s]!, sized.second[s]!, buckets) / layout.buckets)]! += sized.byteLengths[s]!;

  const pending = new Map<string, Uint8Array | string>();

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
  // The version is a hash of the content, not of its compression.
  const hashes = new Map([...pending].map(([path, content]) => [path, contentHash(content)]));
  const files = await compressAll(pending, hashes, previous);
  // Then the postings of a run of packs at a time, read again from every document, each run's
  // packs made before the next run is collected: at most `rangeBytes` of postings at once.
  const members = new Map<string, PackMember[]>();
  const bucketSizes: number[] = [];
  for (let from = 0; from < packs;) {
    let to = from + 1;
    for (let bytes = packBytes[from]!; to < packs && bytes + packBytes[to]! <= rangeBytes; to++) bytes += packBytes[to]!;
    const [low, high] = [from * layout.buckets, to * layout.buckets];
    const { postings } = collectPostings(texts(), heads, {
      sized,
      ...(from === 0 && to === packs
        ? {}
        : {
            keep: (a: number, b: number) => {
              const n = bucketOf(a, b, buckets);
              return n >= low && n < high;
            },
          }),
    });
    const groups = bucketGroups(postings, buckets, low, high);
    // One pack at a time: its buckets' bytes, then its members compressed.
    for (let k = from; k < to; k++) {
      const pack: PackInput = [`search-index/${bucketPackPath(k)}`, []];
      for (let n = k * layout.buckets; n < (k + 1) * layout.buckets; n++) {
        const bytes = bucketBytes(postings, groups[n - low]!);
        pack[1].push(new Hashed(contentHash(bytes), () => bytes));
      }
      const packed = await makePacks([pack], previous);
      for (const [path, bytes] of packed.files) files.set(path, bytes);
      for (const [path, h] of packed.hashes) hashes.set(path, h);
      for (const [path, list] of packed.members) {
        members.set(path, list);
        for (const [, length] of list) bucketSizes.push(length);
      }
    }
    from = to;
  }
  const version = createHash('sha256');
  for (const [path, h] of hashes) version.update(`${path}\0${h}\n`);
  const meta: SearchMeta = {
    version: version.digest('hex').slice(0, 12),
    buckets,
    slugs: sorted.map((d) => d.slug),
    dates: sorted.map((d) => d.date),
    lengths,
    heads: sorted.map((d) => d.headLength),
    ids,
    filters,
    packs: layout,
    bucketSizes,
  };
  const metaJson = json(meta);
  hashes.set('search-index/meta.bin', contentHash(metaJson));
  files.set(
    'search-index/meta.bin',
    previous?.hash('search-index/meta.bin') === hashes.get('search-index/meta.bin') ? null : await gzip(metaJson),
  );
  return { files, hashes, members };
}
