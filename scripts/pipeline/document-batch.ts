import { readFile, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentData } from '../../src/schema/document.ts';
import { toErrorData, type ErrorData } from './build-error.ts';
import { reportEntry, ReportDigest, type DigestData } from './build-report.ts';
import { sourceKey } from './cache-key.ts';
import type { CorpusEntry, CorrectionSource } from './corpus-checks.ts';
import { ElementBytes, jsonArrayElement } from './json-array-writer.ts';
import type { NormaliseContext } from './normalise-document.ts';
import { buildErrorsOf, normaliseSource } from './normalise-corpus.ts';
import { FileWriter } from './file-writer.ts';
import { placeFile } from './place-file.ts';
import type { RecordStore, StoredRecord } from './record-store.ts';
import { resolveWith, type CitationIndex, type CitationTarget } from './resolve-citations.ts';
import { toFrontmatter, toMdxBody } from './to-mdx.ts';

/** One record of documents.json: the frontmatter plus where the document lives. */
export type DocumentRecord = DocumentData & { url: string };

/** What one thread needs: the sources, their corrections, the registries, the cache, the output. */
export interface DocumentSetup {
  inDir: string;
  corrections: ReadonlyMap<string, CorrectionSource>;
  context: NormaliseContext;
  /** The record cache, or undefined when it is off; cacheSalt() for its keys. */
  store: RecordStore | undefined;
  salt: string;
  /** The folder being filled (a temporary one until the run succeeds). */
  outDir: string;
  /** The output of the last run, whose unchanged MDX files are kept, or undefined. */
  previousDir: string | undefined;
  /** Base path the site is served under, for the `url` of each record: `/` or `/archive/`. */
  base: string;
}

/** What the corpus-wide steps need of a source: its identity, its citations, its record's cache key. */
export interface IndexEntry extends CorpusEntry, CitationTarget {
  /** Source file name: 000_a53c656e4978de6c.txt. */
  name: string;
  /** Cache key ('' when the cache is off). */
  key: string;
  /** Whether the record came from the cache rather than from parsing the source. */
  reused: boolean;
  citations: Pick<DocumentData['citations'][number], 'kind' | 'text'>[];
}

/** The output of a run of documents, in order: their documents.json and report.json entries. */
export interface BatchOutput {
  /** Entries as UTF-8 joined by `,\n` (ElementBytes), with each entry's byte length. */
  documents: Uint8Array;
  documentLengths: number[];
  report: Uint8Array;
  reportLengths: number[];
  digest: DigestData;
  /** Per document: 1 when its MDX file was written, 0 when the last output's was kept. */
  written: number[];
}

const unresolved: CitationIndex = { byTitle: new Map(), byNumber: new Map() };
/** MDX files a thread may have waiting to be written. */
const PENDING_WRITES = 32;

/**
 * The one pass over every source (an edge: reads sources, writes MDX files and records): the
 * record comes from the cache or from normalising the source; the MDX file and the
 * documents.json and report.json entries are written as if no citation resolved, since which
 * do is known only once every source is read (resolveBatch then redoes the few that do).
 */
export async function normaliseBatch(setup: DocumentSetup, names: readonly string[]): Promise<BatchOutput & { entries: IndexEntry[]; errors: ErrorData[] }> {
  const entries: IndexEntry[] = [];
  const errors: ErrorData[] = [];
  const out = new OutputBuilder(setup);
  // The run's sources are read in the background, so opening a file never holds the thread.
  const sources = names.map((name) => readBytes(join(setup.inDir, name)));
  for (const [k, name] of names.entries()) {
    const bytes = await sources[k]!;
    const correction = setup.corrections.get(name.replace(/\.txt$/, ''));
    const key = setup.store ? sourceKey(setup.salt, name, bytes, correction?.text) : '';
    let record = setup.store?.read(key);
    const reused = record !== undefined;
    if (!record) {
      try {
        record = normalisedRecord(setup, name, bytes);
      } catch (e) {
        errors.push(...buildErrorsOf(e).map(toErrorData));
        continue;
      }
      setup.store?.write(key, record);
    }
    const { slug, title, docNumber, attachments, citations } = record.document.data;
    entries.push({ name, key, reused, path: join(setup.inDir, name), source: name, slug, title, docNumber, attachments, citations: citations.map(({ kind, text }) => ({ kind, text })) });
    out.add(record, unresolved);
    await out.settle(PENDING_WRITES);
  }
  return { ...(await out.result()), entries, errors };
}

/** Writes again the documents some of whose citations resolve, against the whole corpus's index. */
export async function resolveBatch(setup: DocumentSetup, citations: CitationIndex, items: readonly Pick<IndexEntry, 'name' | 'key'>[]): Promise<BatchOutput> {
  const out = new OutputBuilder(setup);
  for (const { name, key } of items) {
    out.add(setup.store?.read(key) ?? normalisedRecord(setup, name, readFileSync(join(setup.inDir, name))), citations);
    await out.settle(PENDING_WRITES);
  }
  return out.result();
}

/** A file's bytes, read by libuv's thread pool. */
function readBytes(path: string): Promise<Buffer> {
  const bytes = new Promise<Buffer>((ok, fail) => readFile(path, (e, b) => (e ? fail(e) : ok(b))));
  // Awaited in order; should an earlier document fail the run, this one's failure is not news.
  bytes.catch(() => undefined);
  return bytes;
}

/** A source normalised, its body serialised: what the cache stores. Throws BuildErrors. */
function normalisedRecord(setup: DocumentSetup, name: string, bytes: Uint8Array): StoredRecord {
  const { blocks, path: _path, ...document } = normaliseSource({ path: join(setup.inDir, name), name, bytes }, setup.corrections.get(name.replace(/\.txt$/, '')), setup.context);
  return { document, body: toMdxBody(blocks) };
}

/** The MDX files and the entries of a run of documents. */
class OutputBuilder {
  private readonly setup: DocumentSetup;
  private readonly writer = new FileWriter();
  private readonly documents = new ElementBytes();
  private readonly report = new ElementBytes();
  private readonly digest = new ReportDigest();
  private readonly written: number[] = [];

  constructor(setup: DocumentSetup) {
    this.setup = setup;
  }

  add(record: StoredRecord, citations: CitationIndex): void {
    const { outDir, previousDir, base } = this.setup;
    const data = resolveWith(citations, record.document.data);
    this.written.push(placeFile(outDir, previousDir, `${data.slug}.mdx`, Buffer.from(`${toFrontmatter(data)}\n${record.body}`), this.writer) ? 1 : 0);
    this.documents.add(jsonArrayElement({ ...data, url: `${base}documents/${data.slug}/` } satisfies DocumentRecord, 0));
    const entry = reportEntry({ ...record.document, data });
    this.report.add(jsonArrayElement(entry, 1));
    this.digest.add(entry);
  }

  /** Resolves once at most `limit` MDX files are still being written. */
  settle(limit: number): Promise<void> {
    return this.writer.settle(limit);
  }

  /** The run's output, once every MDX file is written (the second pass may replace them). */
  async result(): Promise<BatchOutput> {
    await this.writer.settle(0);
    return { documents: this.documents.bytes(), documentLengths: this.documents.lengths, report: this.report.bytes(), reportLengths: this.report.lengths, digest: this.digest.toData(), written: this.written };
  }
}
