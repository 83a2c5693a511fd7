/**
 * The build script: normalises every raw source into an MDX file of the content collection
 * and writes documents.json beside them.
 *
 *   node scripts/build-content.ts [--in content/raw] [--out content/documents]
 *
 * Output goes to a temporary folder first and replaces the old output only when every
 * document succeeded, so a failed run never leaves a half-written collection.
 */
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { BuildError } from './pipeline/build-error.ts';
import { buildReport, reportSummary, type BuildReport } from './pipeline/build-report.ts';
import { fromErrorData, normaliseChunk, type ChunkDocument, type ChunkJob, type ChunkResult } from './pipeline/normalise-chunk.ts';
import { finishCorpus, orphanCorrections, type CorrectionSource } from './pipeline/normalise-corpus.ts';
import { readRegistries } from './pipeline/read-registries.ts';
import { toFrontmatter } from './pipeline/to-mdx.ts';

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
 * Sources are normalised in worker threads, each writing its MDX bodies aside; the records
 * then meet for what needs the whole corpus (duplicates, citations) and each file is finished
 * with its frontmatter. Only the records stay in memory, never all the texts.
 */
export async function buildContent(options: BuildContentOptions): Promise<{ documents: ChunkDocument[]; report: BuildReport }> {
  const base = normaliseBase(options.base ?? '/');
  const contentDir = options.contentDir ?? 'content';
  const registries = readRegistries(contentDir);
  const corrections = await readCorrections(join(contentDir, 'corrections'));
  const names = (await readdir(options.inDir)).filter((n) => n.endsWith('.txt')).sort();
  const wanted = options.workers ?? Math.min(availableParallelism(), Math.floor(names.length / SOURCES_PER_WORKER));
  const workers = Math.max(1, Math.min(wanted, names.length));
  let documents: ChunkDocument[] = [];
  let report: BuildReport | undefined;
  await writeAtomically(options.outDir, async (tmp) => {
    const bodyDir = join(tmp, '.bodies');
    await mkdir(bodyDir);
    const job = (slice: string[]): ChunkJob => ({ inDir: options.inDir, names: slice, bodyDir, registries, corrections });
    const results = await Promise.all(chunks(names, workers).map((slice) => (workers === 1 ? Promise.resolve(normaliseChunk(job(slice))) : inWorker(job(slice)))));
    const errors = [...orphanCorrections(names, corrections), ...results.flatMap((r) => r.errors.map(fromErrorData))];
    documents = finishCorpus(results.flatMap((r) => r.documents), errors);
    for (const d of documents) {
      const body = await readFile(join(bodyDir, `${d.data.source}.body`), 'utf8');
      await writeFile(join(tmp, `${d.data.slug}.mdx`), `${toFrontmatter(d.data)}\n${body}`);
    }
    await rm(bodyDir, { recursive: true });
    await writeJsonArray(join(tmp, 'documents.json'), documents.map((d): DocumentRecord => ({ ...d.data, url: `${base}documents/${d.data.slug}/` })));
    report = buildReport(documents);
    await writeFile(join(tmp, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  });
  return { documents, report: report! };
}

/** `names` cut into `n` consecutive slices, so their results concatenate in order. */
function chunks(names: readonly string[], n: number): string[][] {
  const size = Math.ceil(names.length / n);
  return Array.from({ length: n }, (_x, i) => names.slice(i * size, (i + 1) * size));
}

function inWorker(job: ChunkJob): Promise<ChunkResult> {
  return new Promise((ok, fail) => {
    const worker = new Worker(new URL('./pipeline/normalise-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (result: ChunkResult) => ok(result));
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`normalise worker stopped with exit code ${code}`));
    });
  });
}

/** Writes an array as JSON.stringify(array, null, 2) would, one record at a time. */
async function writeJsonArray(file: string, records: readonly unknown[]): Promise<void> {
  const out = await open(file, 'w');
  try {
    await out.write(records.length === 0 ? '[]\n' : '[\n');
    for (let i = 0; i < records.length; i++) {
      const json = JSON.stringify(records[i], null, 2).replace(/\n/g, '\n  ');
      await out.write(`  ${json}${i < records.length - 1 ? ',' : ''}\n`);
    }
    if (records.length > 0) await out.write(']\n');
  } finally {
    await out.close();
  }
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
