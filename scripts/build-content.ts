/**
 * The build script: normalises every raw source into an MDX file of the content collection
 * and writes documents.json beside them.
 *
 *   node scripts/build-content.ts [--in content/raw] [--out content/documents]
 *
 * Output goes to a temporary folder first and replaces the old output only when every
 * document succeeded, so a failed run never leaves a half-written collection.
 */
import { closeSync, createReadStream, existsSync, openSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { BuildError } from './pipeline/build-error.ts';
import { reportEntry, reportSummary, ReportDigest } from './pipeline/build-report.ts';
import { fromErrorData, normaliseChunk, type ChunkDocument, type ChunkJob, type ChunkMessage } from './pipeline/normalise-chunk.ts';
import { duplicateErrors, inFileOrder, orphanCorrections, type CorpusEntry, type CorrectionSource } from './pipeline/normalise-corpus.ts';
import { readRegistries } from './pipeline/read-registries.ts';
import { citationIndex, resolveWith, type CitationTarget } from './pipeline/resolve-citations.ts';
import { toFrontmatter } from './pipeline/to-mdx.ts';
import { JsonArrayWriter } from './pipeline/json-array-writer.ts';

export interface BuildContentOptions {
  inDir: string;
  outDir: string;
  /** Folder of departments.yaml, topics.yaml and corrections/ (default content). */
  contentDir?: string;
  /** Base path the site is served under, for the `url` of each record (default `/`). */
  base?: string;
  /** Threads to normalise with (1: the main thread only); default one per core, one for small corpora. */
  workers?: number;
}

/** One record of documents.json: the frontmatter plus where it came from and where it lives. */
export type DocumentRecord = ChunkDocument['data'] & { url: string };

/** Below this many sources per thread, starting workers costs more than it saves. */
const SOURCES_PER_WORKER = 250;

/**
 * Runs the whole content build; throws an AggregateError of BuildErrors when any source fails.
 *
 * Memory stays flat in the number of documents: worker threads normalise the sources and
 * write each MDX body aside; each record they hand back is spooled to a file at once, and
 * only a small index (slug, number, titles) stays in memory for what needs the whole corpus
 * (duplicates, citations). A second pass reads the spooled records back one at a time,
 * resolves their citations and writes the MDX files, documents.json and report.json.
 */
export async function buildContent(options: BuildContentOptions): Promise<{ report: ReportDigest }> {
  const base = normaliseBase(options.base ?? '/');
  const contentDir = options.contentDir ?? 'content';
  const registries = readRegistries(contentDir);
  const corrections = await readCorrections(join(contentDir, 'corrections'));
  const names = (await readdir(options.inDir)).filter((n) => n.endsWith('.txt')).sort();
  const wanted = options.workers ?? Math.min(availableParallelism(), Math.floor(names.length / SOURCES_PER_WORKER));
  const workers = Math.max(1, Math.min(wanted, names.length));
  const digest = new ReportDigest();
  await writeAtomically(options.outDir, async (tmp) => {
    const bodyDir = join(tmp, '.bodies');
    await mkdir(bodyDir);
    const slices = chunks(names, workers);
    const spools = slices.map((_s, k) => join(tmp, `.records-${k}.jsonl`));
    const entries: (CorpusEntry & CitationTarget)[][] = slices.map(() => []);
    const errors: BuildError[] = orphanCorrections(names, corrections);
    await Promise.all(
      slices.map(async (slice, k) => {
        const fd = openSync(spools[k]!, 'w');
        const onMessage = (m: ChunkMessage) => {
          if (m.kind === 'errors') return void errors.push(...m.errors.map(fromErrorData));
          const d = m.document.data;
          entries[k]!.push({ path: m.document.path, source: d.source, slug: d.slug, docNumber: d.docNumber, title: d.title, attachments: d.attachments });
          writeSync(fd, `${JSON.stringify(m.document)}\n`);
        };
        const job: ChunkJob = { inDir: options.inDir, names: slice, bodyDir, registries, corrections };
        try {
          if (workers === 1) normaliseChunk(job, onMessage);
          else await inWorker(job, onMessage);
        } finally {
          closeSync(fd);
        }
      }),
    );
    const index = entries.flat();
    errors.push(...duplicateErrors(index));
    if (errors.length > 0) throw new AggregateError(inFileOrder(errors), `${errors.length} error(s)`);
    const citations = citationIndex(index);
    const records = new JsonArrayWriter(join(tmp, 'documents.json'), 0);
    const report = new JsonArrayWriter(join(tmp, 'report.json'), 1, '{\n  "documents": ');
    for (const spool of spools) {
      for await (const line of createInterface({ input: createReadStream(spool, 'utf8'), crlfDelay: Infinity })) {
        const document = JSON.parse(line) as ChunkDocument;
        const data = resolveWith(citations, document.data);
        const body = await readFile(join(bodyDir, `${data.source}.body`), 'utf8');
        await writeFile(join(tmp, `${data.slug}.mdx`), `${toFrontmatter(data)}\n${body}`);
        records.add({ ...data, url: `${base}documents/${data.slug}/` } satisfies DocumentRecord);
        const entry = reportEntry({ ...document, data });
        report.add(entry);
        digest.add(entry);
      }
      await rm(spool);
    }
    records.close('\n');
    report.close(`,\n  "totals": ${JSON.stringify(digest.totals, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
    await rm(bodyDir, { recursive: true });
  });
  return { report: digest };
}

/** `names` cut into `n` consecutive slices, so their results concatenate in order. */
function chunks(names: readonly string[], n: number): string[][] {
  const size = Math.ceil(names.length / n);
  return Array.from({ length: n }, (_x, i) => names.slice(i * size, (i + 1) * size));
}

function inWorker(job: ChunkJob, onMessage: (m: ChunkMessage) => void): Promise<void> {
  return new Promise((ok, fail) => {
    const worker = new Worker(new URL('./pipeline/normalise-worker.ts', import.meta.url), { workerData: job });
    worker.on('message', (m: ChunkMessage | null) => (m === null ? ok() : onMessage(m)));
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`normalise worker stopped with exit code ${code}`));
    });
  });
}

/** The correction files of a folder (none when it does not exist), in name order. */
async function readCorrections(dir: string): Promise<CorrectionSource[]> {
  const names = existsSync(dir) ? (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort() : [];
  const out: CorrectionSource[] = [];
  for (const n of names) out.push({ path: join(dir, n), name: n.replace(/\.yaml$/, ''), text: await readFile(join(dir, n), 'utf8') });
  return out;
}

/** `/archive` → `/archive/`; `` → `/`. */
export function normaliseBase(base: string): string {
  const b = `/${base}/`.replace(/\/+/g, '/');
  return b;
}

/** Fills a sibling temporary folder, then swaps it in for `dir`. */
export async function writeAtomically(dir: string, fill: (tmp: string) => Promise<void>): Promise<void> {
  const target = resolve(dir);
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    await fill(tmp);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = `${tmp}-old`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch(() => undefined);
  await rename(tmp, target);
  await rm(old, { recursive: true, force: true });
}

/** Prints every BuildError in file order and exits non-zero. */
export function reportFailure(e: unknown): never {
  const errors = e instanceof AggregateError ? e.errors : [e];
  for (const err of errors) console.error(err instanceof BuildError ? err.format() : err);
  console.error(`\nbuild-content: ${errors.length} error(s); nothing was written.`);
  process.exit(1);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { in: { type: 'string', default: 'content/raw' }, out: { type: 'string', default: 'content/documents' } } });
  try {
    const { report } = await buildContent({ inDir: values.in, outDir: values.out, base: process.env['BASE_PATH'] ?? '/' });
    console.log(reportSummary(report, join(values.out, 'report.json')));
  } catch (e) {
    reportFailure(e);
  }
}
