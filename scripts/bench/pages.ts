/**
 * Page weight per page type: HTML bytes, CSS (every linked stylesheet, a print one too) and JS
 * the page loads (before search is opened: its scripts and every module they import statically,
 * not the chunks a script imports dynamically), and the chrome overhead = every byte the page
 * loads (HTML, CSS, JS files) minus the document's own text bytes. Inline scripts count in the
 * JS column and, being part of the HTML, once in the chrome. Prints the median of each page type, then each document page.
 *
 *   npm run bench:pages                      # the seed documents
 *   npm run bench:pages -- --count 1000      # a synthetic corpus made from the seeds
 *
 * Builds the site into .build/bench-pages (BASE_PATH=/archive/) first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readRecord, recordBlocks, RECORDS_FOLDER } from '../../src/archive/document-record.ts';
import { inlineScripts, missingText, staticImports, stylesheets } from './page-weight.ts';

const root = resolve(import.meta.dirname, '../..');
const base = '/archive/';
const outDir = join(root, '.build/bench-pages');
const { values } = parseArgs({ options: { count: { type: 'string' }, 'skip-build': { type: 'boolean' } } });

function run(args: string[], env: Record<string, string>): void {
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`bench:pages: ${args.join(' ')} failed`);
}

if (!values['skip-build']) {
  const env: Record<string, string> = { BASE_PATH: base, SITE_URL: 'https://archive.example.org', OUT_DIR: outDir };
  if (values.count) {
    const corpus = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    run(['/work/shared/bench/make-corpus.mjs', '--seeds', '/work/shared/corpus', '--count', values.count, '--out', corpus], {});
    env['RAW_DIR'] = corpus;
  }
  run(['scripts/run/build.ts'], env);
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

/** The page type of a built page, from its path under the site. */
function pageType(path: string): string {
  const parts = path
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (!parts.length) return 'home';
  const [top, second] = parts;
  if (top === 'documents') return 'document';
  if (top === 'browse') return second ? `browse-${second}` : 'browse';
  if (top === 'departments' || top === 'topics') return parts.length > 1 ? top.replace(/s$/, '') : top;
  return top!.replace(/\.html$/, '');
}

const fileOf = (url: string) => join(outDir, url.slice(base.length));
const sizeOf = (url: string) => (existsSync(fileOf(url)) ? statSync(fileOf(url)).size : 0);
const assets = new Map<string, Buffer>();
const asset = (url: string) => {
  if (!assets.has(url)) assets.set(url, existsSync(fileOf(url)) ? readFileSync(fileOf(url)) : Buffer.alloc(0));
  return assets.get(url)!;
};

/** A document's own text, title and body blocks, from its record. */
function ownText(slug: string): string[] {
  const record = readRecord(join(root, 'content/documents', RECORDS_FOLDER, `${slug}.json`));
  return [record.title, ...recordBlocks(record).map((b) => b.text)];
}

/** URLs of the JavaScript files a script loads, itself first, then its static imports, each once. */
function moduleGraph(urls: string[], seen = new Set<string>()): string[] {
  for (const url of urls) {
    if (seen.has(url)) continue;
    seen.add(url);
    moduleGraph(
      staticImports(asset(url).toString('utf8')).map((s) => new URL(s, `http://x${url}`).pathname),
      seen,
    );
  }
  return [...seen];
}

/** Pieces of a document page, to see where its weight goes ('body markup' is the body less its text). */
const PARTS: Record<string, RegExp> = {
  head: /<head>[\s\S]*?<\/head>/,
  'JSON-LD': /<script type="application\/ld\+json">[\s\S]*?<\/script>/,
  'site header': /<a class="skip-link"[\s\S]*?<\/header>/,
  breadcrumbs: /<nav class="breadcrumbs"[\s\S]*?<\/nav>/,
  metadata: /<p class="doc-line">[\s\S]*?<\/details>/,
  contents: /<nav class="toc"[\s\S]*?<\/nav>/,
  'body markup': /<div class="doc-body">[\s\S]*?<\/div>/,
  'links aside': /<aside[\s\S]*?<\/aside>/,
  'cite block': /<section class="cite-block"[\s\S]*?<\/section>/,
  footer: /<footer[\s\S]*?<\/footer>/,
};
const parts: Record<string, number>[] = [];
interface Row {
  html: number;
  css: number;
  js: number;
  inline: number;
  text: number;
  gzip: number;
}
const chrome = (r: Row) => r.html + r.css + r.js - r.inline - r.text;
const rows = new Map<string, Row[]>();
const documents: [string, Row][] = [];
for (const file of htmlFiles(outDir)) {
  const path = relative(outDir, file);
  const html = readFileSync(file, 'utf8');
  const cssUrls = stylesheets(html);
  const scripts = inlineScripts(html);
  const pageUrl = `${base}${path.replace(/index\.html$/, '')}`;
  const inlineImports = scripts
    .filter((s) => s.module)
    .flatMap((s) => staticImports(s.code))
    .map((u) => new URL(u, `http://x${pageUrl}`).pathname);
  const jsUrls = moduleGraph([...[...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]!), ...inlineImports]);
  const css = cssUrls.reduce((n, u) => n + sizeOf(u), 0);
  const inline = scripts.reduce((n, s) => n + Buffer.byteLength(s.code), 0);
  // What a gzip-serving host sends: each file compressed on its own.
  const gzip = [Buffer.from(html), ...[...cssUrls, ...jsUrls].map(asset)].reduce((n, b) => n + gzipSync(b).length, 0);
  const type = pageType(path);
  const slug = type === 'document' ? path.split('/')[1]! : null;
  const text = slug ? ownText(slug) : [];
  // Only text the page shows may be subtracted as the document's own.
  const missing = missingText(html, text);
  if (missing !== null) throw new Error(`bench:pages: ${path} does not show its text: ${missing.slice(0, 40)}…`);
  const row = {
    html: Buffer.byteLength(html),
    css,
    js: jsUrls.reduce((n, u) => n + sizeOf(u), 0) + inline,
    inline,
    text: Buffer.byteLength(text.join('')),
    gzip,
  };
  rows.set(type, [...(rows.get(type) ?? []), row]);
  if (slug) {
    documents.push([slug, row]);
    const piece = Object.fromEntries(Object.entries(PARTS).map(([k, re]) => [k, Buffer.byteLength(re.exec(html)?.[0] ?? '')]));
    piece['body markup']! -= Buffer.byteLength(text.slice(1).join(''));
    parts.push({ ...piece, 'inline script': inline });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log(`bench:pages (${[...rows.values()].reduce((n, r) => n + r.length, 0)} pages; medians per page type)`);
console.log(
  `${'page type'.padEnd(16)}${'pages'.padStart(6)}${'HTML'.padStart(9)}${'CSS'.padStart(9)}${'JS'.padStart(9)}${'text'.padStart(9)}${'chrome'.padStart(9)}${'all gzip'.padStart(10)}`,
);
for (const [type, list] of [...rows].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const m = (f: (r: Row) => number) => median(list.map(f));
  console.log(
    `${type.padEnd(16)}${String(list.length).padStart(6)}${kb(m((r) => r.html))}${kb(m((r) => r.css))}${kb(m((r) => r.js))}${kb(m((r) => r.text))}${kb(m(chrome))} ${kb(m((r) => r.gzip))}`,
  );
}
const docs = documents.map(([, r]) => r);
const worst = (f: (r: Row) => number) => Math.max(...docs.map(f));
console.log(
  `document pages, largest: JS ${kb(worst((r) => r.js)).trim()} (budget 5 KB), chrome ${kb(worst(chrome)).trim()} (budget 20 KB)`,
);
for (const [slug, r] of documents.sort(([, a], [, b]) => chrome(a) - chrome(b))) {
  console.log(`  ${slug.padEnd(40)} HTML ${kb(r.html).trim()}, text ${kb(r.text).trim()}, chrome ${kb(chrome(r)).trim()}`);
}
console.log(
  `document page pieces (median bytes): ${Object.keys(parts[0] ?? {})
    .map((k) => `${k} ${median(parts.map((p) => p[k]!))}`)
    .join(', ')}`,
);
