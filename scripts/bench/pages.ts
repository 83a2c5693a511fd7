/**
 * Page weight per page type: HTML bytes, CSS and JS the page loads (before search is opened),
 * and the chrome overhead = HTML + CSS + JS minus the document's own text bytes. Prints the
 * median of each page type.
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
import { parse } from 'yaml';
import { documentBlocks } from '../../src/lib/document-blocks.ts';

const root = resolve(import.meta.dirname, '../..');
const base = '/archive/';
const outDir = join(root, '.build/bench-pages');
const { values } = parseArgs({ options: { count: { type: 'string' }, 'skip-build': { type: 'boolean' } } });

function run(args: string[], env: Record<string, string>): void {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`bench:pages: ${args.join(' ')} failed`);
}

if (!values['skip-build']) {
  const env: Record<string, string> = { BASE_PATH: base, SITE_URL: 'https://archive.example.org', OUT_DIR: outDir };
  if (values.count) {
    const corpus = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    run(['/work/shared/bench/make-corpus.mjs', '--seeds', '/work/shared/corpus', '--count', values.count, '--out', corpus], {});
    env['RAW_DIR'] = corpus;
  }
  run(['scripts/build.ts'], env);
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

/** The page type of a built page, from its path under the site. */
function pageType(path: string): string {
  const parts = path.replace(/index\.html$/, '').split('/').filter(Boolean);
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

/** UTF-8 bytes of a document's own text: title and body blocks, from its generated MDX. */
function textBytes(slug: string): number {
  const mdx = readFileSync(join(root, 'content/documents', `${slug}.mdx`), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const title = (parse(front) as { title: string }).title;
  return Buffer.byteLength(title + documentBlocks(body).map((b) => b.text).join(''));
}

interface Row { html: number; css: number; js: number; text: number; gzip: number }
const rows = new Map<string, Row[]>();
for (const file of htmlFiles(outDir)) {
  const path = relative(outDir, file);
  const html = readFileSync(file, 'utf8');
  const cssUrls = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const jsUrls = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]!);
  const css = cssUrls.reduce((n, u) => n + sizeOf(u), 0);
  const external = jsUrls.reduce((n, u) => n + sizeOf(u), 0);
  // What a gzip-serving host sends: each file compressed on its own.
  const gzip = [Buffer.from(html), ...[...cssUrls, ...jsUrls].map(asset)].reduce((n, b) => n + gzipSync(b).length, 0);
  const inline = [...html.matchAll(/<script(?![^>]*(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const type = pageType(path);
  const slug = type === 'document' ? path.split('/')[1]! : null;
  const row = { html: Buffer.byteLength(html), css, js: external + inline, text: slug ? textBytes(slug) : 0, gzip };
  rows.set(type, [...(rows.get(type) ?? []), row]);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log(`bench:pages (${[...rows.values()].reduce((n, r) => n + r.length, 0)} pages; medians per page type)`);
console.log(`${'page type'.padEnd(16)}${'pages'.padStart(6)}${'HTML'.padStart(9)}${'CSS'.padStart(9)}${'JS'.padStart(9)}${'text'.padStart(9)}${'chrome'.padStart(9)}${'all gzip'.padStart(10)}`);
for (const [type, list] of [...rows].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const m = (f: (r: Row) => number) => median(list.map(f));
  console.log(`${type.padEnd(16)}${String(list.length).padStart(6)}${kb(m((r) => r.html))}${kb(m((r) => r.css))}${kb(m((r) => r.js))}${kb(m((r) => r.text))}${kb(m((r) => r.html + r.css + r.js - r.text))} ${kb(m((r) => r.gzip))}`);
}
const docs = rows.get('document') ?? [];
const worst = (f: (r: Row) => number) => Math.max(...docs.map(f));
console.log(`document pages, largest: JS ${kb(worst((r) => r.js)).trim()} (budget 5 KB), chrome ${kb(worst((r) => r.html + r.css + r.js - r.text)).trim()} (budget 20 KB)`);
