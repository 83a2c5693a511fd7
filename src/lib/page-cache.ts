/**
 * Incremental rendering. Every path of a fingerprinted route comes with its view model: all
 * that its page shows beyond the build key (src/lib/build-key.ts). Its fingerprint is the
 * sha256 of both. A path whose fingerprint equals the one in the previous build's manifest, and
 * whose file in the published output is still the file that build wrote, is left out of
 * getStaticPaths; after Astro, scripts/reuse-pages.ts links that file into the new output.
 *
 * Active only when scripts/build.ts builds into a staging folder (ASTRO_OUT_DIR) apart from the
 * published one (OUT_DIR, default dist), and NO_PAGE_CACHE is not set; otherwise every path is
 * rendered (and still fingerprinted, for the next build). The routes (in Astro's prerender
 * bundle) and the integrations (loaded with the config) hold separate copies of this module in
 * one process, so the state of the build lives on globalThis.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { buildKey } from './build-key.ts';
import { readJsonCache } from './read-json-cache.ts';
import { cacheFiles, fileStamp, MANIFEST_VERSION, type PageManifest, type PageRecord } from './page-manifest.ts';

/** A path a route can render, with the view model its page is rendered from. */
export interface Candidate<P, V = unknown> {
  params: P;
  /** The output file under the site's root, e.g. `documents/x/index.html`, `data/documents/x.json`. */
  file: string;
  /** JSON-serialisable; must hold everything the file's content depends on besides the build key. */
  view: V;
}

interface State {
  /** The published output, when reuse is possible this build. */
  previousDir: string | null;
  previous: Record<string, PageRecord>;
  key: string;
  next: PageManifest;
}

const STATE = Symbol.for('policy-archive.page-cache');
const globals = globalThis as { [STATE]?: State | undefined };

function init(): State {
  const root = process.cwd();
  const outDir = resolve(root, process.env['OUT_DIR'] || 'dist');
  const staging = process.env['ASTRO_OUT_DIR'];
  const active = !!staging && resolve(root, staging) !== outDir && !process.env['NO_PAGE_CACHE'];
  const key = buildKey(root);
  let previous: Record<string, PageRecord> = {};
  const { manifest } = cacheFiles(outDir);
  const read = active ? (readJsonCache(manifest) as Partial<PageManifest> | undefined) : undefined;
  // Under another build key every fingerprint differs: the old manifest need not stay in memory.
  if (read?.version === MANIFEST_VERSION && read.outDir === outDir && read.key === key && read.pages) previous = read.pages;
  return { previousDir: active ? outDir : null, previous, key, next: { version: MANIFEST_VERSION, outDir, key, pages: {} } };
}

const state = (): State => (globals[STATE] ??= init());

/** Forgets the state of an earlier build in this process and any plan it left behind (at the start of a build). */
export function startPageCache(): void {
  globals[STATE] = undefined;
  rmSync(cacheFiles(resolve(process.cwd(), process.env['OUT_DIR'] || 'dist')).plan, { force: true });
}

/** The fingerprint of a file's view model under a build key. */
export const fingerprint = (key: string, file: string, view: unknown): string =>
  createHash('sha256')
    .update(`${key}\0${file}\0${JSON.stringify(view)}`)
    .digest('hex');

/** getStaticPaths entries for the candidates whose file cannot be reused from the previous build. */
export function pathsToRender<P>(candidates: readonly Candidate<P>[]): { params: P }[] {
  const s = state();
  const out: { params: P }[] = [];
  for (const c of candidates) {
    const fp = fingerprint(s.key, c.file, c.view);
    const before = s.previous[c.file];
    // An HTML page is reused only with its sitemap facts, since the sitemap will not read it.
    const reusable =
      s.previousDir !== null &&
      before?.fp === fp &&
      (!c.file.endsWith('.html') || !!before.sitemap) &&
      !!before.stamp &&
      fileStamp(join(s.previousDir, c.file)) === before.stamp;
    s.next.pages[c.file] = reusable ? { ...before, fp, reused: true } : { fp };
    if (!reusable) out.push({ params: c.params });
  }
  return out;
}

/** The files this build reuses from the previous output, with their records; [] when the cache is off. */
export function reusedFiles(): [file: string, record: PageRecord][] {
  return Object.entries(globals[STATE]?.next.pages ?? {}).filter(([, r]) => r.reused);
}

/** Keeps the sitemap facts of a rendered page for the next build's manifest. */
export function recordSitemapFacts(file: string, facts: { listed: boolean; links: string[] }): void {
  const record = globals[STATE]?.next.pages[file];
  if (record && !record.reused) record.sitemap = facts;
}

/** Writes the plan of this build for scripts/reuse-pages.ts; null when no route used the cache. */
export function writePlan(): { rendered: number; reused: number } | null {
  const s = globals[STATE];
  if (!s) return null;
  const { plan } = cacheFiles(s.next.outDir);
  mkdirSync(dirname(plan), { recursive: true });
  writeFileSync(plan, JSON.stringify(s.next));
  const records = Object.values(s.next.pages);
  return { rendered: records.filter((r) => !r.reused).length, reused: records.filter((r) => r.reused).length };
}
