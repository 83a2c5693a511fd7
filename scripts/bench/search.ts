/**
 * Search benchmark: builds a corpus into a temporary site under /archive/, serves it, and drives
 * Chromium through the real search page (typing into #search-q) with queries derived from the
 * corpus text. Prints recall and precision against a substring oracle, bytes downloaded and
 * milliseconds until the first results show (medians, index warm).
 *
 *   npm run bench:search                                  # the seeds in content/raw
 *   npm run bench:search -- --raw /tmp/c1000              # any folder of raw .txt documents
 *   npm run bench:search -- --raw /tmp/c10000 --expand-limit 0   # speed and bytes only
 *
 * The oracle: a document matches when its published text (title, 发文字号 and body as its page
 * shows them, whitespace ignored) contains the query. Figures against the raw source text
 * (which also holds disclosure-header lines and web-page junk the normaliser removes) are
 * printed too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { documentBlocks } from '../../src/lib/document-blocks.ts';
import { splitFrontmatter } from '../../src/loaders/mdx-documents.ts';
import { corpusRecords } from './corpus-records.ts';
import { benchQueries, type BenchQuery } from './search-queries.ts';
import { countBytes, measureQuery, type Measured } from './search-page-driver.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    raw: { type: 'string', default: 'content/raw' },
    'per-kind': { type: 'string', default: '25' },
    'expand-limit': { type: 'string', default: '1000' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const rawDir = resolve(root, values.raw);
const serveRoot = join(root, '.build', 'bench-search');
const site = join(serveRoot, 'archive');
// The corpus's own collection, so a benchmark never overwrites content/documents.
const documentsDir = join(root, '.build', 'bench-search-documents');

if (!values['skip-build']) {
  const t0 = performance.now();
  const built = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      RAW_DIR: rawDir,
      DOCUMENTS_DIR: documentsDir,
      OUT_DIR: site,
      BASE_PATH: '/archive/',
      SITE_URL: 'https://archive.example.org',
    },
  });
  if (built.status !== 0) throw new Error('bench:search: the site build failed');
  console.log(`build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
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
const published = new Map(
  records.map((r) => {
    const { body } = splitFrontmatter(readFileSync(join(documentsDir, `${r.slug}.mdx`), 'utf8'));
    return [
      r.url,
      compact(
        r.title +
          (r.docNumber ?? '') +
          documentBlocks(body)
            .map((b) => b.text)
            .join(''),
      ),
    ];
  }),
);
const raw = new Map(records.map((r) => [r.url, compact(readFileSync(join(rawDir, r.source), 'utf8'))]));
const queries = benchQueries([...published.values()], Number(values['per-kind']));

const server = createServer(sirv(serveRoot, { dev: false, etag: true }));
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
countBytes(page);
await page.goto(`${origin}/archive/search/`);
await measureQuery(page, '政策', 0);

const results: (Measured & BenchQuery)[] = [];
for (const query of queries) {
  results.push({ ...query, ...(await measureQuery(page, query.q, Number(values['expand-limit']))) });
  if (results.length % 25 === 0) console.error(`… ${results.length} of ${queries.length} queries`);
}
await browser.close();
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * 0.9)] ?? 0;

function score(oracle: Map<string, string>, subset: typeof results) {
  let tp = 0,
    fp = 0,
    fn = 0,
    countOff = 0;
  const wrong: string[] = [];
  for (const r of subset) {
    const want = [...oracle].filter(([, t]) => t.includes(r.q)).map(([u]) => u);
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
console.log(
  `\n${records.length} documents, ${results.length} queries (${results.filter((r) => r.found).length} checked in full, the others by their count)`,
);
for (const [name, oracle] of [
  ['published text', published],
  ['raw source text', raw],
] as const) {
  const all = score(oracle, results);
  console.log(
    `\noracle: ${name}\n  all: recall ${pct(all.recall)}, precision ${pct(all.precision)}, counts differing ${all.countOff}`,
  );
  for (const kind of ['substring', 'inner', 'docNumber', 'name', 'digits'] as const) {
    const s = score(
      oracle,
      results.filter((r) => r.kind === kind),
    );
    console.log(
      `  ${kind.padEnd(10)} ${String(results.filter((r) => r.kind === kind).length).padStart(3)} queries: recall ${pct(s.recall)}, precision ${pct(s.precision)}, counts differing ${s.countOff}`,
    );
  }
  if (all.wrong.length) console.log(`  not exact: ${all.wrong.slice(0, 12).join('; ')}`);
}
const ms = results.map((r) => r.ms);
const kb = results.map((r) => r.bytes / 1024);
console.log(
  `\nms to first results: median ${median(ms).toFixed(0)}, p90 ${p90(ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}`,
);
console.log(
  `KB downloaded per query (to first results): median ${median(kb).toFixed(1)}, p90 ${p90(kb).toFixed(1)}, max ${Math.max(...kb).toFixed(1)}`,
);
console.log(`documents found per query: median ${median(results.map((r) => r.count))}`);
