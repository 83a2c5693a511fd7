import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toErrorData, type ErrorData } from '../../src/schema/build-error.ts';
import { ReportDigest, type DigestData } from '../report/build-report.ts';
import { sourceKey } from './cache-key.ts';
import type { CorpusEntry, CorrectionSource } from './corpus-checks.ts';
import { FileWriter } from '../emit/file-writer.ts';
import { ElementBytes } from '../emit/json-array-writer.ts';
import type { NormaliseContext } from '../ingest/normalise-document.ts';
import { buildErrorsOf, normaliseSource } from './normalise-corpus.ts';
import { placeFile } from '../emit/place-file.ts';
import type { RecordStore, StoredDocument } from './record-store.ts';
import { renderDocument, type DocumentIdentity, type RenderedDocument } from '../emit/render-document.ts';
import type { CitationIndex } from './resolve-citations.ts';
import { readSpill, type SpillRef, type SpillWriter } from './spill-file.ts';
import { toMdxBody } from '../emit/to-mdx.ts';
import { RECORDS_FOLDER } from '../../src/archive/document-record.ts';
import { bodyBlocks } from '../emit/body-blocks.ts';
import type { BodyBlock } from '../../src/schema/body-block.ts';

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
  /** Where the first pass spills documents that cite something, for the second; undefined to normalise them again. */
  spill: SpillWriter | undefined;
}

/** What the corpus-wide steps need of a source: its identity, its citations, its record's cache key. */
export interface IndexEntry extends CorpusEntry, DocumentIdentity {
  /** Source file name: 000_a53c656e4978de6c.txt. */
  name: string;
  /** Cache key ('' when the cache is off). */
  key: string;
  /** Whether the record came from the cache rather than from parsing the source. */
  reused: boolean;
  /** The normalised document, spilled for the second pass (SpilledDocument). */
  spilled?: SpillRef;
}

/** What the second pass needs of a document to render it again: its record, and where its body starts in its MDX file. */
interface SpilledDocument {
  document: StoredDocument;
  blocks: BodyBlock[];
  /** Byte offset of the body in the MDX file the first pass wrote. */
  bodyStart: number;
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
 * document comes rendered from the cache, or is normalised and rendered (and cached); its MDX
 * file is placed and its documents.json and report.json entries returned. Documents are
 * rendered as if no citation resolved, since which do is known only once every source is read
 * (resolveBatch then renders the few that do again).
 */
export async function normaliseBatch(
  setup: DocumentSetup,
  names: readonly string[],
): Promise<BatchOutput & { entries: IndexEntry[]; errors: ErrorData[] }> {
  const entries: IndexEntry[] = [];
  const errors: ErrorData[] = [];
  const out = new OutputBuilder(setup);
  for (const name of names) {
    const { bytes, key, cached } = lookUp(setup, name);
    let rendered = cached;
    let spilled: SpillRef | undefined;
    if (!rendered) {
      try {
        const { document, body, blocks } = normalised(setup, name, bytes);
        rendered = renderDocument(document, body, blocks, unresolved, setup.base);
        if (setup.spill && document.data.citations.length > 0)
          spilled = setup.spill.write({
            document,
            blocks,
            bodyStart: rendered.mdx.length - Buffer.byteLength(body),
          } satisfies SpilledDocument);
      } catch (e) {
        errors.push(...buildErrorsOf(e).map(toErrorData));
        continue;
      }
      setup.store?.write(key, rendered);
    }
    entries.push({
      ...rendered.identity,
      name,
      key,
      reused: cached !== undefined,
      path: join(setup.inDir, name),
      source: name,
      ...(spilled ? { spilled } : {}),
    });
    out.add(rendered);
    await out.settle(PENDING_WRITES);
  }
  return { ...(await out.result()), entries, errors };
}

/** A source's bytes, its cache key and its cached rendering, if any. */
function lookUp(setup: DocumentSetup, name: string): { bytes: Buffer; key: string; cached: RenderedDocument | undefined } {
  const bytes = readFileSync(join(setup.inDir, name));
  if (!setup.store) return { bytes, key: '', cached: undefined };
  const key = sourceKey(setup.salt, name, bytes, setup.corrections.get(name.replace(/\.txt$/, ''))?.text);
  return { bytes, key, cached: setup.store.read(key) };
}

/**
 * Renders again the documents some of whose citations resolve, against the whole corpus's
 * index; `key` is the cache key of the rendering (resolvedKey; '' when the cache is off).
 */
export async function resolveBatch(
  setup: DocumentSetup,
  citations: CitationIndex,
  items: readonly { name: string; key: string; slug: string; spilled?: SpillRef | undefined }[],
): Promise<BatchOutput> {
  const out = new OutputBuilder(setup);
  for (const { name, key, slug, spilled } of items) {
    let rendered = setup.store?.read(key);
    if (!rendered) {
      const { document, body, blocks } = spilled
        ? fromSpill(setup, slug, spilled)
        : normalised(setup, name, readFileSync(join(setup.inDir, name)));
      rendered = renderDocument(document, body, blocks, citations, setup.base);
      setup.store?.write(key, rendered);
    }
    out.add(rendered);
    await out.settle(PENDING_WRITES);
  }
  return out.result();
}

/** What a document is rendered from: the normalised source, its MDX body and its body's blocks. */
interface Normalised {
  document: StoredDocument;
  body: string;
  blocks: BodyBlock[];
}

/** A source normalised, with its MDX body and blocks. Throws BuildErrors. */
function normalised(setup: DocumentSetup, name: string, bytes: Uint8Array): Normalised {
  const {
    blocks,
    path: _path,
    ...document
  } = normaliseSource(
    { path: join(setup.inDir, name), name, bytes },
    setup.corrections.get(name.replace(/\.txt$/, '')),
    setup.context,
  );
  return { document, body: toMdxBody(blocks), blocks: bodyBlocks(blocks) };
}

/** A document the first pass spilled, with the body of the MDX file it wrote. */
function fromSpill(setup: DocumentSetup, slug: string, ref: SpillRef): Normalised {
  const { document, blocks, bodyStart } = readSpill(ref) as SpilledDocument;
  return {
    document,
    blocks,
    body: readFileSync(join(setup.outDir, `${slug}.mdx`))
      .subarray(bodyStart)
      .toString('utf8'),
  };
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

  add(d: RenderedDocument): void {
    const { outDir, previousDir } = this.setup;
    const mdx = placeFile(outDir, previousDir, `${d.identity.slug}.mdx`, d.mdx, this.writer);
    const record = placeFile(outDir, previousDir, `${RECORDS_FOLDER}/${d.identity.slug}.json`, d.record, this.writer);
    this.written.push(mdx || record ? 1 : 0);
    this.documents.addBytes(d.documentsEntry);
    this.report.addBytes(d.reportEntry);
    this.digest.add(d.digest);
  }

  /** Resolves once at most `limit` MDX files are still being written. */
  settle(limit: number): Promise<void> {
    return this.writer.settle(limit);
  }

  /** The run's output, once every MDX file is written (the second pass may replace them). */
  async result(): Promise<BatchOutput> {
    await this.writer.settle(0);
    return {
      documents: this.documents.bytes(),
      documentLengths: this.documents.lengths,
      report: this.report.bytes(),
      reportLengths: this.report.lengths,
      digest: this.digest.toData(),
      written: this.written,
    };
  }
}
