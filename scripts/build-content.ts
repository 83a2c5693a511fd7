/**
 * The build script: normalises every raw source into an MDX file of the content collection
 * and writes documents.json and report.json beside them.
 *
 *   node scripts/build-content.ts [--in content/raw] [--out content/documents] [--no-cache]
 *
 * Output goes to a temporary folder first and replaces the old output only when every
 * document succeeded, so a failed run never leaves a half-written collection.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildError, fromErrorData, type ErrorData } from './pipeline/build-error.ts';
import { reportSummary, ReportDigest, type BuildStats } from './pipeline/build-report.ts';
import { cacheSalt } from './pipeline/cache-key.ts';
import type { ContentJob, ContentSetup } from './pipeline/content-jobs.ts';
import { duplicateErrors, inFileOrder, orphanCorrections, type CorrectionSource } from './pipeline/corpus-checks.ts';
import { JsonArrayWriter } from './pipeline/json-array-writer.ts';
import type { IndexEntry } from './pipeline/index-batch.ts';
import { readRegistries } from './pipeline/read-registries.ts';
import { RecordStore } from './pipeline/record-store.ts';
import { citationIndex } from './pipeline/resolve-citations.ts';
import { inlinePool, workerPool, type JobPool } from './pipeline/worker-pool.ts';
import type { WriteBatchResult } from './pipeline/write-batch.ts';

export type { DocumentRecord } from './pipeline/write-batch.ts';

export interface BuildContentOptions {
  inDir: string;
  outDir: string;
  /** Folder of departments.yaml, topics.yaml and corrections/ (default content). */
  contentDir?: string;
  /** Base path the site is served under, for the `url` of each record (default `/`). */
  base?: string;
  /** Threads to normalise with (1: the main thread only); default one per core, one for small corpora. */
  workers?: number;
  /**
   * Folder of cached records, or false for none. Default: NORMALISE_CACHE_DIR, else
   * `.<out>-cache` beside the output folder; NORMALISE_CACHE=0 turns the cache off.
   */
  cacheDir?: string | false;
}

/** Below this many sources per thread, starting workers costs more than it saves. */
const SOURCES_PER_WORKER = 250;
/** Sources per job: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 50;

/**
 * Runs the whole content build; throws an AggregateError of BuildErrors when any source fails.
 *
 * Two passes over the sources, each spread over worker threads in runs of BATCH sources;
 * only small things come back to this thread, so memory is flat in the number of documents.
 * The first pass reads each source as far as its identity (slug, 发文字号, titles), or takes
 * it from the record cache, keyed by a hash of the source, its correction, the registries and
 * the normaliser's code. Once the corpus is known to have no two sources with one slug or
 * number, the second pass normalises each source (or takes its cached record), resolves its
 * citations against the whole corpus and writes its MDX file; this thread writes
 * documents.json and report.json as the runs come back, in source order. MDX files whose bytes
 * did not change are not rewritten.
 */
export async function buildContent(options: BuildContentOptions): Promise<{ report: ReportDigest }> {
  const base = normaliseBase(options.base ?? '/');
  const contentDir = options.contentDir ?? 'content';
  const names = (await readdir(options.inDir)).filter((n) => n.endsWith('.txt')).sort();
  const wanted = options.workers ?? Math.min(availableParallelism(), Math.floor(names.length / SOURCES_PER_WORKER));
  const workers = Math.max(1, Math.min(wanted, names.length));
  // Workers load the pipeline while this thread reads the registries and corrections.
  const pool: JobPool<ContentJob> = workers > 1 ? workerPool(workers, new URL('./pipeline/content-worker.ts', import.meta.url)) : inlinePool((await import('./pipeline/content-jobs.ts')).makeContentRunner());
  try {
    const registries = readRegistries(contentDir);
    const corrections = await readCorrections(join(contentDir, 'corrections'));
    const cacheDir = cacheFolder(options) || undefined;
    const previous = resolve(options.outDir);
    const digest = new ReportDigest();
    const stats: BuildStats = { reused: 0, parsed: 0, written: 0, unchanged: 0, removed: 0 };
    let keys: string[] = [];
    await writeAtomically(options.outDir, async (tmp) => {
      const setup: ContentSetup = { inDir: options.inDir, registries, corrections, cacheDir, salt: cacheDir ? cacheSalt(contentDir) : '', outDir: tmp, previousDir: existsSync(previous) ? previous : undefined, base };
      await pool.broadcast({ kind: 'setup', setup });
      const { index, errors } = await indexSources(pool, names, corrections);
      await pool.broadcast({ kind: 'citations', citations: citationIndex(index) });
      // After a failed first pass, the second still reports every source's errors, writing nothing.
      errors.push(...(await writeOutputs(pool, index, tmp, errors.length === 0, digest, stats)));
      if (errors.length > 0) throw new AggregateError(inFileOrder(errors), `${errors.length} error(s)`);
      for (const e of index) stats[e.reused ? 'reused' : 'parsed']++;
      const files = new Set(index.map((e) => `${e.slug}.mdx`));
      stats.removed = setup.previousDir ? (await readdir(setup.previousDir)).filter((n) => n.endsWith('.mdx') && !files.has(n)).length : 0;
      keys = index.map((e) => e.key);
    });
    if (cacheDir) new RecordStore(cacheDir).prune(new Set(keys));
    digest.stats = stats;
    return { report: digest };
  } finally {
    await pool.close();
  }
}

/** The first pass: every source's index entry, in file order, and the errors found so far. */
async function indexSources(pool: JobPool<ContentJob>, names: readonly string[], corrections: readonly CorrectionSource[]): Promise<{ index: IndexEntry[]; errors: BuildError[] }> {
  const index: IndexEntry[] = [];
  const errors: BuildError[] = orphanCorrections(names, corrections);
  await pool.map(runs(names).map((run): ContentJob => ({ kind: 'index', names: run })), (r: { entries: IndexEntry[]; errors: ErrorData[] }) => {
    index.push(...r.entries);
    errors.push(...r.errors.map(fromErrorData));
  });
  errors.push(...duplicateErrors(index));
  return { index, errors };
}

/** The second pass: MDX files written by the threads; documents.json and report.json here, in file order. Returns its errors. */
async function writeOutputs(pool: JobPool<ContentJob>, index: readonly IndexEntry[], tmp: string, write: boolean, digest: ReportDigest, stats: BuildStats): Promise<BuildError[]> {
  const errors: BuildError[] = [];
  const records = new JsonArrayWriter(join(tmp, 'documents.json'), 0);
  const report = new JsonArrayWriter(join(tmp, 'report.json'), 1, '{\n  "documents": ');
  const items = index.map(({ name, key, reused }) => ({ name, key, reused }));
  await pool.map(runs(items).map((run): ContentJob => ({ kind: 'write', items: run, write })), (r: WriteBatchResult) => {
    records.addBytes(r.documents, r.count);
    report.addBytes(r.report, r.count);
    digest.merge(r.digest);
    errors.push(...r.errors.map(fromErrorData));
    stats.written += r.written;
    stats.unchanged += r.unchanged;
  });
  records.close('\n');
  report.close(`,\n  "totals": ${JSON.stringify(digest.totals, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
  return errors;
}

/** `list` cut into consecutive runs of BATCH. */
function runs<T>(list: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(list.length / BATCH) }, (_x, i) => list.slice(i * BATCH, (i + 1) * BATCH));
}

/** Where records are cached, or false when the cache is off. */
function cacheFolder(options: BuildContentOptions): string | false {
  if (options.cacheDir !== undefined) return options.cacheDir;
  if (/^(0|off|false|no)$/i.test(process.env['NORMALISE_CACHE'] ?? '')) return false;
  const out = resolve(options.outDir);
  return process.env['NORMALISE_CACHE_DIR'] || join(dirname(out), `.${basename(out)}-cache`);
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
  const { values } = parseArgs({ options: { in: { type: 'string', default: 'content/raw' }, out: { type: 'string', default: 'content/documents' }, 'no-cache': { type: 'boolean', default: false } } });
  try {
    const { report } = await buildContent({ inDir: values.in, outDir: values.out, base: process.env['BASE_PATH'] ?? '/', ...(values['no-cache'] ? { cacheDir: false } : {}) });
    console.log(reportSummary(report, join(values.out, 'report.json')));
  } catch (e) {
    reportFailure(e);
  }
}
