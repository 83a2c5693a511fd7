/**
 * The corpus-wide open data in numbered parts, so no file grows with the archive: the records
 * of documents.json (source order) cut into runs of at most PART_RECORDS records and
 * PART_BYTES bytes of compact JSON, each published as data/parts/documents-NNNN.json and .csv,
 * and listed by data/documents/index.json. documents.json and documents.csv, the whole corpus
 * in one file each, are published as well while the corpus is one part (their two-space
 * indent then keeps documents.json near twice PART_BYTES, under 20 MiB).
 */
import { createHash } from 'node:crypto';
import { documentRecord, type DocumentRecord } from './data-records.ts';
import type { DocumentData } from '../schema/document.ts';

export const PART_RECORDS = 5_000;
export const PART_BYTES = 6 * 1024 * 1024;

/** One part: records [from, to) of the corpus in source order. */
export interface CorpusPart {
  /** 1, 2, …. */
  number: number;
  from: number;
  to: number;
}

/** The parts of records whose compact JSON takes these numbers of UTF-8 bytes, in order. */
export function corpusParts(recordBytes: readonly number[]): CorpusPart[] {
  const parts: CorpusPart[] = [];
  let from = 0;
  let bytes = 0;
  recordBytes.forEach((b, i) => {
    if (i > from && (i - from >= PART_RECORDS || bytes + b > PART_BYTES)) {
      parts.push({ number: parts.length + 1, from, to: i });
      from = i;
      bytes = 0;
    }
    bytes += b + 1;
  });
  if (recordBytes.length > from || parts.length === 0) parts.push({ number: parts.length + 1, from, to: recordBytes.length });
  return parts;
}

/** `data/parts/documents-0001.json`: the path of a part under the base. */
export const partPath = (n: number, ext: 'json' | 'csv') => `data/parts/documents-${String(n).padStart(4, '0')}.${ext}`;

/** The records in source order and their parts. */
export interface Corpus {
  records: DocumentRecord[];
  parts: CorpusPart[];
  /** sha1 of each record's compact JSON, in the same order: what a file of records depends on. */
  digests: string[];
}

/** What the records [from, to) of a corpus hold, as one digest: a file of them changes only when it does. */
export function recordsDigest(corpus: Corpus, from = 0, to = corpus.records.length): string {
  return createHash('sha256').update(corpus.digests.slice(from, to).join('\n')).digest('hex');
}

const bySource = (a: DocumentData, b: DocumentData) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

/** The corpus of `docs` (any order), each record with its page URL. */
export function corpusOf(docs: readonly DocumentData[], urlOf: (slug: string) => string): Corpus {
  const records = [...docs].sort(bySource).map((d) => documentRecord(d, urlOf(d.slug)));
  const bytes: number[] = [];
  const digests: string[] = [];
  for (const r of records) {
    const json = JSON.stringify(r);
    bytes.push(Buffer.byteLength(json));
    digests.push(createHash('sha1').update(json).digest('hex'));
  }
  return { records, parts: corpusParts(bytes), digests };
}

const memo = new WeakMap<readonly DocumentData[], Corpus>();

/** corpusOf, once per list of documents (the archive's): every part's route asks for it. */
export function corpusOnce(docs: readonly DocumentData[], urlOf: (slug: string) => string): Corpus {
  let corpus = memo.get(docs);
  if (!corpus) memo.set(docs, (corpus = corpusOf(docs, urlOf)));
  return corpus;
}

/** Whether documents.json and documents.csv are published: while the corpus is one part. */
export const wholeFilesPublished = (corpus: Corpus) => corpus.parts.length === 1;

/** data/documents/index.json: what there is, where. Paths carry the base (`href`). */
export function corpusIndex(corpus: Corpus, href: (path: string) => string) {
  const whole = wholeFilesPublished(corpus);
  return {
    documents: corpus.records.length,
    schema: href('data/schema.json'),
    documentSchema: href('data/document-schema.json'),
    documentJson: href('data/documents/{slug}.json'),
    documentText: href('data/documents/{slug}.txt'),
    whole: whole ? { json: href('data/documents.json'), csv: href('data/documents.csv') } : null,
    parts: corpus.parts.map((p) => ({
      json: href(partPath(p.number, 'json')),
      csv: href(partPath(p.number, 'csv')),
      documents: p.to - p.from,
      first: corpus.records[p.from]?.slug ?? null,
      last: corpus.records[p.to - 1]?.slug ?? null,
    })),
  };
}
