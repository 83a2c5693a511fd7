/**
 * Search benchmark: builds a corpus into a temporary site under /archive/, serves it, and drives
 * Chromium through the real search page (typing into #search-q, on a 375 × 667 phone screen)
 * with queries derived from the corpus text. Prints recall and precision against an oracle,
 * bytes downloaded, milliseconds until the first results show (medians, index warm), where the
 * first result's title ends on the phone's screen, and the index's build time and peak memory.
 * With --engines ours,pagefind it also builds Pagefind 1.6 over the same built pages and runs
 * the same queries through Pagefind's own JS API, printing both engines' rows side by side.
 *
 *   npm run bench:search                                  # the seeds in content/raw
 *   npm run bench:search -- --count 1000                  # 1,000 synthetic documents (make-corpus.mjs)
 *   npm run bench:search -- --raw /tmp/c1000              # any folder of raw .txt documents
 *   npm run bench:search -- --engines ours,pagefind       # our index and Pagefind, side by side
 *   npm run bench:search -- --count 10000 --expand-limit 0   # speed and bytes only
 *   npm run bench:search -- --count 1000 --gzip           # records sent gzipped, as most hosts send them
 *   npm run bench:search -- --site DIR --base /           # a site built already (e.g. bench:scale --keep), as it is
 *
 * With --site, nothing is built: the site in DIR, built for BASE_PATH `--base`, is served under
 * that path, the oracle reads the records it publishes (data/documents/<slug>.json), the raw
 * sources are compared only with --raw, and our index's build is timed only with --documents
 * (the collection the site was built from).
 *
 * The oracle: a document matches when its published text (title, 发文字号 and body as its page
 * shows them, whitespace ignored, folded as the search page documents: full-width to half-width,
 * bracket kinds to 〔〕) contains every word of the query (a 发文字号 with or without 第). Figures
 * against the raw source text (which also holds disclosure-header lines and web-page junk the
 * normaliser removes) are printed too.
 *
 * The server sends every file as it is on disk, as GitLab Pages does (it compresses nothing on
 * the fly); with --gzip it sends the documents' records (data/documents/<slug>.json, which the
 * search page reads for each result shown) gzipped, as GitHub Pages, Cloudflare Pages and Netlify
 * do. The index's own files are gzip already.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import sirv from 'sirv';
import { readRecord, RECORDS_FOLDER } from '../../src/archive/document-record.ts';
import { corpusRecords } from './corpus-records.ts';
import { measure } from './measure-process.ts';
import { countPagefindBytes, measurePagefind, writePagefindHarness } from './pagefind-driver.ts';
import { benchFold, benchQueries, queryKinds, type BenchQuery } from './search-queries.ts';
import { countBytes, measureQuery, type Measured } from './search-page-driver.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    raw: { type: 'string', default: 'content/raw' },
    count: { type: 'string' },
    engines: { type: 'string', default: 'ours' },
    'per-kind': { type: 'string', default: '25' },
    'expand-limit': { type: 'string', default: '1000' },
    'skip-build': { type: 'boolean', default: false },
    gzip: { type: 'boolean', default: false },
    site: { type: 'string' },
    base: { type: 'string', default: '/' },
    documents: { type: 'string' },
  },
});
/** A site built already (--site): neither built nor copied. */
const given = values.site ? resolve(values.site) : null;
if (given && !/^\/(?:.+\/)?$/.test(values.base))
  throw new Error(`bench:search: --base ${values.base} must start and end with / (the BASE_PATH the site was built for)`);
const engines = values.engines.split(',').map((e) => e.trim());
for (const e of engines)
  if (e !== 'ours' && e !== 'pagefind') throw new Error(`bench:search: unknown engine ${e} (ours, pagefind)`);
const expandLimit = Number(values['expand-limit']);

let rawDir = resolve(root, values.raw);
if (values.count) {
  // A synthetic corpus, made once per size and kept between runs.
  const makeCorpus =
    process.env['MAKE_CORPUS'] ??
    [resolve(root, '../shared/bench/make-corpus.mjs'), '/work/shared/bench/make-corpus.mjs'].find((p) => existsSync(p));
  if (!makeCorpus) throw new Error('bench:search: make-corpus.mjs not found; set MAKE_CORPUS to its path');
  rawDir = join(root, '.build', `bench-search-corpus-${values.count}`);
  if (!existsSync(rawDir) || readdirSync(rawDir).length !== Number(values.count)) {
    rmSync(rawDir, { recursive: true, force: true });
    mkdirSync(rawDir, { recursive: true });
    const made = spawnSync(
      process.execPath,
      [makeCorpus, '--seeds', join(root, 'content/raw'), '--count', values.count, '--out', rawDir],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (made.status !== 0) throw new Error('bench:search: make-corpus failed');
  }
}
const site = given ?? join(root, '.build', 'bench-search', 'archive');
const base = given ? values.base : '/archive/';
// The corpus's own collection, so a benchmark never overwrites content/documents.
const ownDocuments = join(root, '.build', 'bench-search-documents');
const documentsDir = given ? (values.documents ? resolve(values.documents) : null) : ownDocuments;
// The raw sources, compared with only when they are the site's (always when it is built here).
const compareRaw = !given || values.raw !== 'content/raw';

if (!values['skip-build'] && !given) {
  const t0 = performance.now();
  const built = spawnSync(process.execPath, ['scripts/run/build.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      RAW_DIR: rawDir,
      DOCUMENTS_DIR: ownDocuments,
      OUT_DIR: site,
      BASE_PATH: '/archive/',
      SITE_URL: 'https://archive.example.org',
    },
  });
  if (built.status !== 0) throw new Error('bench:search: the site build failed');
  console.log(`build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** Index build figures of an engine: wall time and the peak memory of its largest process. */
interface BuildFigures {
  seconds: number;
  peakMiB: number;
}
const builds = new Map<string, BuildFigures>();
if (engines.includes('ours') && documentsDir) {
  // A cold build of our index alone, no cache, into a scratch folder.
  const scratch = join(root, '.build', 'bench-search-index');
  rmSync(scratch, { recursive: true, force: true });
  const m = await measure(
    process.execPath,
    ['scripts/run/build-search-index.ts', '--documents', documentsDir, '--site', join(scratch, 'site')],
    { ...process.env, ASTRO_CACHE_DIR: join(scratch, 'cache') },
  );
  if (m.exitCode !== 0) throw new Error(`bench:search: our index build failed\n${m.output}`);
  builds.set('ours', { seconds: m.seconds, peakMiB: m.peakMiB });
  rmSync(scratch, { recursive: true, force: true });
}
if (engines.includes('pagefind')) {
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const m = await measure(process.execPath, ['scripts/bench/pagefind-index.ts', '--site', site], process.env);
  if (m.exitCode !== 0) throw new Error(`bench:search: the Pagefind index build failed\n${m.output}`);
  builds.set('pagefind', { seconds: m.seconds, peakMiB: m.peakMiB });
}

interface Record {
  url: string;
  slug: string;
  source: string;
  title: string;
  docNumber: string | null;
}
const records = corpusRecords<Record>(site);
const compact = (s: string) => s.replace(/\s+/gu, '');
// Each document's record: the collection's, or the one the site publishes (the same file).
const recordFile = (slug: string) =>
  documentsDir ? join(documentsDir, RECORDS_FOLDER, `${slug}.json`) : join(site, 'data', 'documents', `${slug}.json`);
const published = new Map(
  records.map((r) => {
    const { body } = readRecord(recordFile(r.slug));
    return [r.url, compact(r.title + (r.docNumber ?? '') + body)];
  }),
);
const raw = new Map(compareRaw ? records.map((r) => [r.url, compact(readFileSync(join(rawDir, r.source), 'utf8'))]) : []);
const queries = benchQueries(
  [...published.values()],
  Number(values['per-kind']),
  records.flatMap((r) => (r.docNumber ? [r.docNumber] : [])),
);
const byNumber = new Map<string, string[]>();
for (const r of records) if (r.docNumber) byNumber.set(r.docNumber, [...(byNumber.get(r.docNumber) ?? []), r.url]);

// Written before the server starts: it lists the files it serves once.
const harness = engines.includes('pagefind') ? writePagefindHarness(site, base) : '';
// The records gzipped beside them, for sirv to send when asked (--gzip), as a compressing host would.
const recordsDir = join(site, 'data', 'documents');
for (const name of readdirSync(recordsDir))
  if (name.endsWith('.json.gz')) rmSync(join(recordsDir, name));
  else if (values.gzip && name.endsWith('.json'))
    writeFileSync(join(recordsDir, `${name}.gz`), gzipSync(readFileSync(join(recordsDir, name)), { level: 6 }));
// The site under its base path, as a host serves it.
const files = sirv(site, { dev: false, etag: true, gzip: values.gzip });
const server = createServer((req, res) => {
  if (!req.url?.startsWith(base)) {
    res.statusCode = 404;
    res.end();
    return;
  }
  req.url = `/${req.url.slice(base.length)}`;
  files(req, res);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

type Result = Measured & BenchQuery;
async function runEngine(engine: string): Promise<Result[]> {
  // A phone's screen: where the first result stands is part of what is measured.
  const page: Page = await browser.newPage({ viewport: { width: 375, height: 667 } });
  let run: (q: string) => Promise<Measured>;
  if (engine === 'ours') {
    countBytes(page);
    await page.goto(`${origin}${base}search/`);
    run = (q) => measureQuery(page, q, expandLimit);
  } else {
    countPagefindBytes(page);
    await page.goto(`${origin}${harness}`);
    run = (q) => measurePagefind(page, q, expandLimit);
  }
  await run('政策');
  const out: Result[] = [];
  for (const query of queries) {
    out.push({ ...query, ...(await run(query.q)) });
    if (out.length % 25 === 0) console.error(`… ${engine}: ${out.length} of ${queries.length} queries`);
  }
  await page.close();
  return out;
}
const runs = new Map<string, Result[]>();
for (const engine of engines) runs.set(engine, await runEngine(engine));
await browser.close();
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * 0.9)] ?? 0;
const folded = (oracle: Map<string, string>) => new Map([...oracle].map(([u, t]) => [u, benchFold(t)]));
const oracles: (readonly [string, Map<string, string>])[] = [
  ['published text', folded(published)],
  ...(compareRaw ? [['raw source text', folded(raw)] as const] : []),
];
// The folded texts are what the oracles read: the others need not stay in memory (100,000 documents).
published.clear();
raw.clear();

function wanted(oracle: Map<string, string>, q: BenchQuery): string[] {
  return [...oracle].filter(([, t]) => q.words.every((forms) => forms.some((f) => t.includes(benchFold(f))))).map(([u]) => u);
}

function score(oracle: Map<string, string>, subset: Result[]) {
  let tp = 0,
    fp = 0,
    fn = 0,
    countOff = 0;
  const wrong: string[] = [];
  for (const r of subset) {
    const want = wanted(oracle, r);
    // A 发文字号 query also lists the document whose number it is, printed or not.
    if (r.exact) for (const u of byNumber.get(r.exact) ?? []) if (!want.includes(u)) want.push(u);
    if (r.count !== want.length) countOff++;
    if (!r.found) continue;
    const got = new Set(r.found);
    const hit = want.filter((u) => got.has(u)).length;
    tp += hit;
    fn += want.length - hit;
    fp += got.size - hit;
    if (hit !== want.length || got.size !== hit) wrong.push(`${r.q} (want ${want.length}, got ${got.size}, right ${hit})`);
  }
  return { recall: tp + fn ? tp / (tp + fn) : 1, precision: tp + fp ? tp / (tp + fp) : 1, countOff, wrong };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
console.log(`\n${records.length} documents, ${queries.length} queries, engines: ${engines.join(', ')}`);
for (const [engine, results] of runs) {
  console.log(`\n== ${engine}: ${results.filter((r) => r.found).length} queries checked in full, the others by their count`);
  for (const [name, oracle] of oracles) {
    const all = score(oracle, results);
    console.log(
      `oracle: ${name}\n  all: recall ${pct(all.recall)}, precision ${pct(all.precision)}, counts differing ${all.countOff}`,
    );
    for (const kind of queryKinds) {
      const subset = results.filter((r) => r.kind === kind);
      const s = score(oracle, subset);
      console.log(
        `  ${kind.padEnd(10)} ${String(subset.length).padStart(3)} queries: recall ${pct(s.recall)}, precision ${pct(s.precision)}, counts differing ${s.countOff}`,
      );
    }
    if (all.wrong.length) console.log(`  not exact: ${all.wrong.slice(0, 12).join('; ')}`);
  }
  const exact = results.filter((r) => r.exact && byNumber.get(r.exact)?.length === 1);
  const first = exact.filter((r) => r.first === byNumber.get(r.exact!)![0]).length;
  console.log(`发文字号 variants whose document is listed first: ${first} of ${exact.length}`);
  const recordKb = results.flatMap((r) => (r.recordBytes === undefined ? [] : [r.recordBytes / 1024]));
  if (recordKb.length)
    console.log(
      `of the KB per query, documents' records (what results show): median ${median(recordKb).toFixed(1)} (p90 ${p90(recordKb).toFixed(1)}, max ${Math.max(...recordKb).toFixed(1)}); the rest is the index`,
    );
  const bottoms = results.flatMap((r) => (r.firstBottom === null ? [] : [r.firstBottom]));
  if (bottoms.length)
    console.log(
      `first result's title ends at (375 × 667 screen): median ${median(bottoms).toFixed(0)} px, max ${Math.max(...bottoms).toFixed(0)} px; above the fold for ${bottoms.filter((b) => b <= 667).length} of ${bottoms.length} queries with results`,
    );
}

// Both engines side by side: one row each.
const rows = [...runs].map(([engine, results]) => {
  const s = score(oracles[0]![1], results);
  const ms = results.map((r) => r.ms);
  const kb = results.map((r) => r.bytes / 1024);
  const b = builds.get(engine);
  return {
    engine,
    recall: pct(s.recall),
    precision: pct(s.precision),
    'KB/query median (p90, max)': `${median(kb).toFixed(1)} (${p90(kb).toFixed(1)}, ${Math.max(...kb).toFixed(1)})`,
    'ms to first results median (p90)': `${median(ms).toFixed(0)} (${p90(ms).toFixed(0)})`,
    'index build s': b ? b.seconds.toFixed(1) : '',
    'index peak MiB': b ? b.peakMiB.toFixed(0) : '',
  };
});
console.log(
  `\n${records.length} documents, ${queries.length} queries, oracle: published text; records sent ${values.gzip ? 'gzipped (--gzip)' : 'as they are on disk'}`,
);
const columns = Object.keys(rows[0]!) as (keyof (typeof rows)[number])[];
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
console.log(columns.map((c, i) => c.padEnd(widths[i]!)).join(' | '));
for (const r of rows) console.log(columns.map((c, i) => r[c].padEnd(widths[i]!)).join(' | '));
console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
