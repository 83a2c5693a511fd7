/**
 * Scale benchmark: builds synthetic corpora of N documents completely (normalise, Astro,
 * search index) and prints, per stage, wall time and peak memory of the largest process,
 * then pages, output size, largest page and search-index size; then the time of a rebuild
 * after one source file changed. Medians over --runs full builds.
 *
 *   npm run bench:scale -- --count 1000 [--count 10000] [--runs 3] [--no-rebuild] [--keep]
 *   npm run bench:scale -- --raw DIR [--runs 1]     # an existing corpus (its .txt files count)
 *
 * Before anything is timed, the later source of every pair the build would refuse (one slug or
 * one 发文字号; make-corpus.mjs makes 23 such pairs at 100,000) is left out, and named: the
 * build's own corpus check (duplicate-sources.ts). A --raw folder is not changed: its other
 * sources are linked into the temporary folder.
 *
 * Everything happens in a temporary folder: content/raw/ and dist/ are not touched.
 * The corpus comes from ../shared/bench/make-corpus.mjs (MAKE_CORPUS overrides the path).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measure, type Measurement } from './measure-process.ts';
import { duplicateSources } from './duplicate-sources.ts';
import { siteStats, type SiteStats } from './site-stats.ts';
import { hostTable } from '../../src/site/host-limits.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    count: { type: 'string', multiple: true, default: ['1000'] },
    runs: { type: 'string', default: '3' },
    'no-rebuild': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    raw: { type: 'string' },
  },
});
const runs = Number(values.runs);
const makeCorpus = process.env['MAKE_CORPUS'] ?? resolve(root, '../shared/bench/make-corpus.mjs');
if (!existsSync(makeCorpus)) {
  console.error(`bench:scale: ${makeCorpus} not found; set MAKE_CORPUS to the path of make-corpus.mjs`);
  process.exit(2);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The output budget (issue #20): at 10,000 documents at most 500 MB and 40,000 files; at any
 * size no file over 20 MiB, so every corpus-wide file stays under Cloudflare's 25 MiB.
 */
const BUDGET = { at: 10_000, bytes: 500e6, files: 40_000, fileBytes: 20 * 1024 * 1024 };
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

function printBudget(count: number, stats: SiteStats): void {
  console.log(
    `  output budget: ${mb(stats.totalBytes)} in ${stats.files.toLocaleString('en-US')} files (${(stats.totalBytes / count / 1024).toFixed(1)} KiB and ${(stats.files / count).toFixed(2)} files per document); largest file ${stats.largestFile.path} ${mib(stats.largestFile.bytes)}`,
  );
  const scaled = count === BUDGET.at ? '' : ` (the budget is set at ${BUDGET.at.toLocaleString('en-US')} documents)`;
  console.log(
    `    ≤ ${mb(BUDGET.bytes)}: ${verdict(stats.totalBytes <= BUDGET.bytes)}; ≤ ${BUDGET.files.toLocaleString('en-US')} files: ${verdict(stats.files <= BUDGET.files)}${scaled}; no file over 20 MiB: ${verdict(stats.largestFile.bytes <= BUDGET.fileBytes)}`,
  );
  for (const [kind, k] of [...stats.kinds].sort((a, b) => b[1].bytes - a[1].bytes))
    console.log(`    ${kind.padEnd(20)} ${mb(k.bytes).padStart(10)} ${k.files.toLocaleString('en-US').padStart(8)} files`);
  // A listing page must not grow with the archive: compare these across counts.
  console.log(
    `    largest page per section: ${[...stats.largestBySection]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([section, p]) => `${section} ${kib(p.bytes)} (${p.path})`)
      .join(', ')}`,
  );
  for (const line of hostTable(stats)) console.log(`  ${line}`);
}
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Changes one sentence of one source: the first body line that ends with 。 gains a clause. */
function editOneSource(rawDir: string): string {
  const name = readdirSync(rawDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()[0]!;
  const path = join(rawDir, name);
  const lines = readFileSync(path, 'utf8').split('\n');
  const i = lines.findIndex((l, k) => k > 10 && /。\s*$/.test(l) && l.trim().length > 30);
  lines[i] = lines[i]!.replace(/。(\s*)$/, '，特此补充说明。$1');
  writeFileSync(path, lines.join('\n'));
  return name;
}

function build(work: string, raw: string, fresh: boolean): Promise<Measurement> {
  // A full build starts from nothing: no output, no collection, and none of the caches (Astro's
  // data store and page manifest, the normaliser's records).
  if (fresh)
    for (const d of ['out', 'documents', 'astro-cache', 'normalise-cache'])
      rmSync(join(work, d), { recursive: true, force: true });
  const env = {
    ...process.env,
    RAW_DIR: raw,
    OUT_DIR: join(work, 'out'),
    DOCUMENTS_DIR: join(work, 'documents'),
    ASTRO_CACHE_DIR: join(work, 'astro-cache'),
    NORMALISE_CACHE_DIR: join(work, 'normalise-cache'),
    BASE_PATH: '/',
    SITE_URL: 'https://archive.example.org',
  };
  return measure(process.execPath, [join(root, 'scripts/run/build.ts')], env);
}

function printMeasurement(label: string, m: Measurement): void {
  console.log(`  ${label}: ${m.seconds.toFixed(1)} s, peak ${m.peakMiB.toFixed(0)} MiB (largest process)`);
  for (const s of m.stages)
    console.log(`    ${s.name.padEnd(10)} ${s.seconds.toFixed(1).padStart(7)} s   peak ${s.peakMiB.toFixed(0).padStart(5)} MiB`);
}

const perDocument = new Map<number, number>();
const outputs = new Map<number, SiteStats>();
// With --raw, one corpus that exists (e.g. a generated one with its duplicate numbers taken out).
const corpora = values.raw ? [resolve(values.raw)] : values.count;
for (const corpus of corpora) {
  const asked = values.raw ? readdirSync(corpus).filter((n) => n.endsWith('.txt')).length : Number(corpus);
  const work = mkdtempSync(join(tmpdir(), `archive-scale-${asked}-`));
  let raw = values.raw ? corpus : join(work, 'raw');
  if (!values.raw)
    execFileSync(
      process.execPath,
      [makeCorpus, '--seeds', resolve(root, 'content/raw'), '--count', String(asked), '--out', raw],
      { stdio: 'ignore' },
    );
  const duplicates = [...new Map((await duplicateSources(raw, resolve(root, 'content'))).map((e) => [e.file, e])).values()];
  if (duplicates.length > 0) {
    const left = new Set(duplicates.map((e) => basename(e.file)));
    if (values.raw) {
      // The folder given stays as it is: its other sources are linked into the work folder.
      const linked = join(work, 'raw');
      mkdirSync(linked);
      for (const n of readdirSync(raw)) if (!left.has(n)) linkSync(join(raw, n), join(linked, n));
      raw = linked;
    } else for (const n of left) rmSync(join(raw, n));
    console.log(
      `\nleft out ${duplicates.length} source(s) the build refuses as duplicates (the later of each pair; scripts/corpus/corpus-checks.ts):\n${duplicates.map((e) => `  ${basename(e.file)}: ${e.message}`).join('\n')}`,
    );
  }
  const count = readdirSync(raw).filter((n) => n.endsWith('.txt')).length;
  console.log(`\n== ${count} documents (${work}${values.raw ? `, sources in ${raw}` : ''})`);
  const full: Measurement[] = [];
  for (let r = 0; r < runs; r++) {
    const m = await build(work, raw, true);
    if (m.exitCode !== 0) {
      console.error(m.output.slice(-4000));
      throw new Error(`build of ${count} documents failed`);
    }
    full.push(m);
    printMeasurement(`full build ${r + 1}/${runs}`, m);
  }
  const seconds = median(full.map((m) => m.seconds));
  perDocument.set(count, seconds / count);
  const stats = siteStats(join(work, 'out'));
  console.log(
    `  median full build: ${seconds.toFixed(1)} s (${((seconds / count) * 1000).toFixed(1)} ms per document), median peak ${median(full.map((m) => m.peakMiB)).toFixed(0)} MiB`,
  );
  console.log(
    `  pages ${stats.pages}, output ${mib(stats.totalBytes)}, largest page ${kib(stats.largestPage.bytes)} (${stats.largestPage.path}), search index ${mib(stats.searchIndexBytes)}`,
  );
  printBudget(count, stats);
  outputs.set(count, stats);
  if (!values['no-rebuild']) {
    const rebuilds: Measurement[] = [];
    for (let r = 0; r < runs; r++) {
      const edited = editOneSource(raw);
      const m = await build(work, raw, false);
      if (m.exitCode !== 0) throw new Error(`rebuild after editing ${edited} failed:\n${m.output.slice(-4000)}`);
      rebuilds.push(m);
      printMeasurement(`rebuild ${r + 1}/${runs} after editing ${edited}`, m);
    }
    const again = median(rebuilds.map((m) => m.seconds));
    console.log(
      `  median rebuild after one edit: ${again.toFixed(1)} s = ${((again / seconds) * 100).toFixed(0)}% of a full build`,
    );
  }
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
if (perDocument.size > 1) {
  const [small, large] = [...perDocument].sort((a, b) => a[0] - b[0]).filter((_, i, a) => i === 0 || i === a.length - 1);
  console.log(`\ntime per document at ${large![0]} / at ${small![0]}: ${(large![1] / small![1]).toFixed(2)}`);
  const [a, b] = [outputs.get(small![0])!, outputs.get(large![0])!];
  console.log(
    `output per document at ${large![0]} / at ${small![0]}: bytes ${(b.totalBytes / large![0] / (a.totalBytes / small![0])).toFixed(2)}, files ${(b.files / large![0] / (a.files / small![0])).toFixed(2)} (≤ 1: growing no faster than the documents)`,
  );
}
