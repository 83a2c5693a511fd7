import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fromErrorData, type BuildError, type ErrorData } from '../../src/schema/build-error.ts';
import type { ReportDigest } from '../report/build-report.ts';
import { resolvedKey } from './cache-key.ts';
import type { ContentJob, ContentSetup } from './content-jobs.ts';
import { duplicateErrors, inFileOrder, orphanCorrections } from './corpus-checks.ts';
import type { BatchOutput, IndexEntry } from './document-batch.ts';
import { FilePatcher } from '../emit/file-patcher.ts';
import { JsonArrayWriter } from '../emit/json-array-writer.ts';
import { recordUrl } from '../../src/site/document-paths.ts';
import { RECORDS_FOLDER } from '../../src/archive/document-record.ts';
import { citationIndex, resolvedSlug, type CitationIndex } from './resolve-citations.ts';
import type { JobPool } from './worker-pool.ts';

/** Sources per job: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 50;

/**
 * What writeContent did: the cache keys it used, and the slug, page URL, source file and source
 * cache key ('' with the cache off) of each record of documents.json, in order.
 */
export interface ContentWritten {
  cacheKeys: string[];
  records: { slug: string; url: string; source: string; key: string }[];
}

/**
 * Fills `setup.outDir` with the MDX files, documents.json and report.json of the sources
 * `names`, the pool's threads doing the work in runs of BATCH sources; sets the digest's
 * totals and stats. Throws an AggregateError of every BuildError.
 *
 * Each thread renders its documents as if no citation resolved, since which do is known only
 * once every source is read; this thread writes their entries in source order as the runs
 * come back, keeping only a small index (slug, number, titles, citations), so memory is flat
 * in the number of documents. Then, if no two sources claim one slug or number, the few
 * documents citing another archived one are rendered again and their entries replaced: from
 * the records the first pass spilled to a temporary folder (spill-file.ts) beside the output,
 * not by normalising their sources again.
 */
export async function writeContent(
  pool: JobPool<ContentJob>,
  setup: ContentSetup,
  names: readonly string[],
  digest: ReportDigest,
): Promise<ContentWritten> {
  const spillDir = `${setup.outDir}-spill`;
  await mkdir(spillDir, { recursive: true });
  try {
    return await writeWithSpill(pool, { ...setup, spillDir }, names, digest);
  } finally {
    await rm(spillDir, { recursive: true, force: true });
  }
}

/** writeContent, with `setup.spillDir` made. */
async function writeWithSpill(
  pool: JobPool<ContentJob>,
  setup: ContentSetup,
  names: readonly string[],
  digest: ReportDigest,
): Promise<ContentWritten> {
  await mkdir(join(setup.outDir, RECORDS_FOLDER), { recursive: true });
  await pool.broadcast({ kind: 'setup', setup });
  const out: Outputs = {
    records: new JsonArrayWriter(join(setup.outDir, 'documents.json'), 0),
    report: new JsonArrayWriter(join(setup.outDir, 'report.json'), 1, '{\n  "documents": '),
    written: [],
  };
  const index = await normaliseSources(pool, names, setup, out, digest);
  const citations = citationIndex(index);
  const resolving = index.flatMap((e, i) => {
    const slugs = e.citations.map((c) => resolvedSlug(citations, c, e.slug));
    const resolved = slugs.filter((s) => s !== null).length;
    digest.totals.unresolvedCitations -= resolved;
    return resolved > 0 ? [{ i, key: setup.cacheDir ? resolvedKey(e.key, slugs) : '' }] : [];
  });
  out.records.close('\n');
  out.report.close(`,\n  "totals": ${JSON.stringify(digest.totals, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
  if (resolving.length > 0) await rewriteCiting(pool, citations, index, resolving, setup.outDir, out);
  const written = out.written.reduce((n, w) => n + w, 0);
  const files = new Set(index.map((e) => `${e.slug}.mdx`));
  const removed = setup.previousDir
    ? (await readdir(setup.previousDir)).filter((n) => n.endsWith('.mdx') && !files.has(n)).length
    : 0;
  const reused = index.filter((e) => e.reused).length;
  digest.stats = { reused, parsed: index.length - reused, written, unchanged: index.length - written, removed };
  return {
    cacheKeys: [...index.map((e) => e.key), ...resolving.map((r) => r.key)],
    records: index.map((e) => ({ slug: e.slug, url: recordUrl(setup.base, e.slug), source: e.name, key: e.key })),
  };
}

/** Where this thread writes the entries the threads send, and which MDX files they wrote. */
interface Outputs {
  records: JsonArrayWriter;
  report: JsonArrayWriter;
  written: number[];
}

/** The pass over every source; returns the index, in file order. Throws an AggregateError of every BuildError. */
async function normaliseSources(
  pool: JobPool<ContentJob>,
  names: readonly string[],
  setup: ContentSetup,
  out: Outputs,
  digest: ReportDigest,
): Promise<IndexEntry[]> {
  const index: IndexEntry[] = [];
  const errors: BuildError[] = orphanCorrections(names, setup.corrections);
  await pool.map(
    runs(names).map((run): ContentJob => ({ kind: 'normalise', names: run })),
    (result) => {
      const r = result as BatchOutput & { entries: IndexEntry[]; errors: ErrorData[] };
      index.push(...r.entries);
      errors.push(...r.errors.map(fromErrorData));
      out.records.addBytes(r.documents, r.documentLengths);
      out.report.addBytes(r.report, r.reportLengths);
      out.written.push(...r.written);
      digest.merge(r.digest);
    },
  );
  errors.push(...duplicateErrors(index));
  if (errors.length > 0) throw new AggregateError(inFileOrder(errors), `${errors.length} error(s)`);
  return index;
}

/**
 * Renders again the documents whose citations resolve (`resolving`: positions in `index`, and
 * the cache keys of their renderings) and replaces their entries.
 */
async function rewriteCiting(
  pool: JobPool<ContentJob>,
  citations: CitationIndex,
  index: readonly IndexEntry[],
  resolving: readonly { i: number; key: string }[],
  outDir: string,
  out: Outputs,
): Promise<void> {
  await pool.broadcast({ kind: 'citations', citations });
  const records = new FilePatcher(join(outDir, 'documents.json'));
  const report = new FilePatcher(join(outDir, 'report.json'));
  const batches = runs(resolving);
  await pool.map(
    batches.map((run): ContentJob => ({
      kind: 'resolve',
      items: run.map(({ i, key }) => ({ name: index[i]!.name, key, slug: index[i]!.slug, spilled: index[i]!.spilled })),
    })),
    (result, k) => {
      const r = result as BatchOutput;
      let d = 0;
      let p = 0;
      batches[k]!.forEach(({ i }, j) => {
        // Entries in a run's bytes are joined by `,\n`.
        records.replace(out.records.offsets[i]!, out.records.lengths[i]!, r.documents.subarray(d, (d += r.documentLengths[j]!)));
        report.replace(out.report.offsets[i]!, out.report.lengths[i]!, r.report.subarray(p, (p += r.reportLengths[j]!)));
        d += 2;
        p += 2;
        out.written[i] = r.written[j]!;
      });
    },
  );
  records.finish();
  report.finish();
}

/** `list` cut into consecutive runs of BATCH. */
function runs<T>(list: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(list.length / BATCH) }, (_x, i) => list.slice(i * BATCH, (i + 1) * BATCH));
}
