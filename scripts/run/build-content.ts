/**
 * The build script: normalises every raw source into an MDX file of the content collection
 * and writes documents.json and report.json beside them.
 *
 *   node scripts/run/build-content.ts [--in content/raw] [--out content/documents] [--corrections DIR] [--no-cache]
 *
 * Corrections come from the `corrections` folder beside the input (content/raw →
 * content/corrections), or from --corrections.
 *
 * Output goes to a temporary folder first and replaces the old output only when every
 * document succeeded, so a failed run never leaves a half-written collection.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildError } from '../../src/schema/build-error.ts';
import { reportSummary, ReportDigest } from '../report/build-report.ts';
import { cacheSalt } from '../corpus/cache-key.ts';
import type { ContentJob } from '../corpus/content-jobs.ts';
import type { CorrectionSource } from '../corpus/corpus-checks.ts';
import { readRegistries } from '../../src/registry/read-registries.ts';
import { listSources } from '../corpus/list-sources.ts';
import { RecordStore } from '../corpus/record-store.ts';
import { staleTemporaries } from './stale-temporaries.ts';
import { inlinePool, workerPool, type JobPool } from '../corpus/worker-pool.ts';
import { writeContent, type ContentWritten } from '../corpus/write-content.ts';
import type { BuiltDocument } from '../emit/document-files.ts';

export type { DocumentRecord } from '../emit/render-document.ts';

export interface BuildContentOptions {
  inDir: string;
  outDir: string;
  /** Folder of departments.yaml and topics.yaml (default content). */
  contentDir?: string;
  /** Folder of the correction files: default the `corrections` folder beside `inDir`. */
  correctionsDir?: string;
  /** Base path the site is served under, for the `url` of each record (default `/`). */
  base?: string;
  /** Threads to normalise with (1: the main thread only); default one per core, one for small corpora. */
  workers?: number;
  /**
   * Folder of cached records, or false for none. Default: NORMALISE_CACHE_DIR, else
   * `.<out>-cache` beside the output folder; NORMALISE_CACHE=0 turns the cache off.
   */
  cacheDir?: string | false;
  /** Fields read only by a fallback (title, issuer, date) are errors, not notes (`--strict`, STRICT=1). */
  strict?: boolean;
  /**
   * A folder to move the replaced output into instead of deleting it now (scripts/run/build.ts
   * empties it in the background at its next run); default: delete it.
   */
  trash?: string;
}

/**
 * Below this many sources per thread, starting workers costs more than it saves: a worker
 * spends about 0.4 s loading the pipeline and 0.5 s more before its code is optimised.
 */
const SOURCES_PER_WORKER = 1000;

/**
 * Runs the whole content build; throws an AggregateError of BuildErrors when any source fails.
 * Returns the report and each document's slug, source file and source key, in source order.
 *
 * One pass over the sources on worker threads (see writeContent); an unchanged source comes
 * from the record cache, keyed by a hash of the source, its correction, the registries, the
 * base path and the normaliser's code, and MDX files whose bytes did not change are linked
 * from the last output rather than rewritten.
 */
export async function buildContent(options: BuildContentOptions): Promise<{ report: ReportDigest; documents: BuiltDocument[] }> {
  const base = normaliseBase(options.base ?? '/');
  const contentDir = options.contentDir ?? 'content';
  const { names, errors } = await listSources(options.inDir);
  if (errors.length > 0) throw new AggregateError(errors, `${errors.length} error(s)`);
  const wanted = options.workers ?? Math.min(availableParallelism(), Math.floor(names.length / SOURCES_PER_WORKER));
  const workers = Math.max(1, Math.min(wanted, names.length));
  // Workers load the pipeline while this thread reads the registries and corrections.
  const pool: JobPool<ContentJob> =
    workers > 1
      ? workerPool(workers, new URL('../corpus/content-worker.ts', import.meta.url))
      : inlinePool((await import('../corpus/content-jobs.ts')).makeContentRunner());
  try {
    const registries = readRegistries(contentDir);
    const corrections = await readCorrections(options.correctionsDir ?? correctionsBeside(options.inDir));
    const cacheDir = cacheFolder(options) || undefined;
    const previous = resolve(options.outDir);
    const digest = new ReportDigest();
    let written: ContentWritten = { cacheKeys: [], records: [] };
    await writeAtomically(options.outDir, options.trash, async (tmp) => {
      const previousDir = existsSync(previous) ? previous : undefined;
      const setup = {
        inDir: options.inDir,
        registries,
        corrections,
        cacheDir,
        // A strict build checks every document again: records of a lenient one may hold fallbacks.
        salt: cacheDir ? cacheSalt(contentDir, base) + (options.strict ? ':strict' : '') : '',
        strict: options.strict ?? false,
        outDir: tmp,
        previousDir,
        base,
      };
      written = await writeContent(pool, setup, names, digest);
    });
    if (cacheDir) new RecordStore(cacheDir).prune(new Set(written.cacheKeys));
    return { report: digest, documents: written.records.map(({ slug, source, key }) => ({ slug, source, key })) };
  } finally {
    await pool.close();
  }
}

/** Where records are cached, or false when the cache is off. */
function cacheFolder(options: BuildContentOptions): string | false {
  if (options.cacheDir !== undefined) return options.cacheDir;
  if (/^(0|off|false|no)$/i.test(process.env['NORMALISE_CACHE'] ?? '')) return false;
  const out = resolve(options.outDir);
  return process.env['NORMALISE_CACHE_DIR'] || join(dirname(out), `.${basename(out)}-cache`);
}

/** The corrections of a folder of sources: the `corrections` folder beside it. */
export function correctionsBeside(inDir: string): string {
  return join(dirname(resolve(inDir)), 'corrections');
}

/** The correction files of a folder (none when it does not exist), in name order. */
async function readCorrections(dir: string): Promise<CorrectionSource[]> {
  const names = existsSync(dir) ? (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort() : [];
  const out: CorrectionSource[] = [];
  for (const n of names)
    out.push({ path: join(dir, n), name: n.replace(/\.yaml$/, ''), text: await readFile(join(dir, n), 'utf8') });
  return out;
}

/** `/archive` → `/archive/`; `` → `/`. */
export function normaliseBase(base: string): string {
  const b = `/${base}/`.replace(/\/+/g, '/');
  return b;
}

/**
 * Fills a sibling temporary folder, then swaps it in for `dir`; the folder it replaces is
 * deleted, or moved into `trash` when one is given.
 */
export async function writeAtomically(
  dir: string,
  trash: string | undefined,
  fill: (tmp: string) => Promise<void>,
): Promise<void> {
  const target = resolve(dir);
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  await clearStale(target, trash);
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
  // Into the trash when it is on the same file system; otherwise aside, to be deleted now.
  let trashed = false;
  if (trash !== undefined && existsSync(target)) {
    await mkdir(trash, { recursive: true });
    trashed = await rename(target, join(trash, `${basename(target)}-${process.pid}`)).then(
      () => true,
      () => false,
    );
  }
  if (!trashed) await rename(target, old).catch(() => undefined);
  await rename(tmp, target);
  await rm(old, { recursive: true, force: true });
}

/**
 * Removes the temporary folders beside `target` (`.documents.tmp-<pid>`, `…-spill`, `…-old`)
 * of builds that were killed: into `trash` when one is given, else at once.
 */
async function clearStale(target: string, trash: string | undefined): Promise<void> {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stale = staleTemporaries(dirname(target), new RegExp(`^\\.${name}\\.tmp-(\\d+)(?:-spill|-old)?$`));
  if (stale.length === 0) return;
  console.warn(
    `build-content: removing ${stale.length} folder(s) that stopped builds left: ${stale.map((s) => basename(s)).join(', ')}`,
  );
  if (trash !== undefined) await mkdir(trash, { recursive: true });
  for (const s of stale) {
    const moved =
      trash !== undefined &&
      (await rename(s, join(trash, basename(s))).then(
        () => true,
        () => false,
      ));
    if (!moved) await rm(s, { recursive: true, force: true });
  }
}

/** Prints every BuildError in file order and exits non-zero. */
export function reportFailure(e: unknown): never {
  const errors = e instanceof AggregateError ? e.errors : [e];
  for (const err of errors) console.error(err instanceof BuildError ? err.format() : err);
  console.error(`\nbuild-content: ${errors.length} error(s); nothing was written.`);
  process.exit(1);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      in: { type: 'string', default: 'content/raw' },
      out: { type: 'string', default: 'content/documents' },
      corrections: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
  });
  try {
    const { report } = await buildContent({
      inDir: values.in,
      outDir: values.out,
      base: process.env['BASE_PATH'] ?? '/',
      ...(values.corrections ? { correctionsDir: values.corrections } : {}),
      ...(values['no-cache'] ? { cacheDir: false } : {}),
      strict: values.strict || /^(1|true|yes|on)$/i.test(process.env['STRICT'] ?? ''),
    });
    console.log(reportSummary(report, join(values.out, 'report.json')));
  } catch (e) {
    reportFailure(e);
  }
}
