/**
 * The page cache's files (an edge: file I/O). The **manifest** says, for every fingerprinted
 * file of the published site, its fingerprint (page-plan.ts), its stamp (file-stamp.ts) and,
 * for an HTML page, what the sitemap keeps of it. The **plan** is what the routes of the build in
 * progress decided: per file, its fingerprint and whether the published file is reused. Both
 * are files, so the routes (in Astro's bundle), scripts/emit/reuse-pages.ts and the sitemap step
 * share nothing in memory.
 *
 * The manifest lives in the cache folder (src/build-cache/cache-files.ts), under
 * `pages/`, named after the output folder it describes; never in the site. A build writes the
 * next one beside it (`.next`); scripts/run/build.ts puts it in place once the new site is
 * published, so a failed build leaves the manifest of the site that is still there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheFileFor, putNextInPlace, writeNext } from './cache-files.ts';
import { readJsonCache } from './read-json-cache.ts';

const VERSION = 1;

/** What the sitemap keeps of an HTML page (src/open-data/sitemap.ts pageFacts, without its path). */
export interface SitemapFacts {
  listed: boolean;
  links: string[];
}

/** One fingerprinted file of the published site. */
export interface PageRecord {
  /** sha256 of the build key, the file's path and its view model. */
  fp: string;
  /** The file as written: inode, size and modification time in ns. */
  stamp: string;
  sitemap?: SitemapFacts;
}

interface PageManifest {
  version: number;
  /** The output folder the files are in. */
  outDir: string;
  pages: Record<string, PageRecord>;
}

/**
 * What scripts/run/build.ts tells the routes about page reuse (through Astro's inline config,
 * see plannedPaths): the published site to reuse files from, its manifest, and the folder the
 * routes write their plan into.
 */
export interface PageReuse {
  from: string;
  manifest: string;
  plan: string;
}

/** One file of a route's plan: rendered now (`reused` absent), or linked from the published site. */
export interface PlanEntry {
  file: string;
  fp: string;
  reused?: { stamp: string; sitemap?: SitemapFacts };
}

/** The manifest file of an output folder. */
export const pageManifestFile = (outDir: string, env: Record<string, string | undefined> = process.env): string =>
  cacheFileFor('pages', outDir, 'json', env);

/** The records of `outDir`'s manifest; empty when there is none for that folder or it does not read. */
export function readPageManifest(file: string, outDir: string): Map<string, PageRecord> {
  const manifest = readJsonCache(file) as Partial<PageManifest> | undefined;
  if (manifest?.version !== VERSION || manifest.outDir !== resolve(outDir) || !manifest.pages) return new Map();
  return new Map(Object.entries(manifest.pages));
}

/** Writes the manifest of a new site beside `file` (`file.next`), for finishPageManifest. */
export function writePageManifest(file: string, outDir: string, pages: Record<string, PageRecord>): void {
  const manifest: PageManifest = { version: VERSION, outDir: resolve(outDir), pages };
  writeNext(file, JSON.stringify(manifest));
}

/** Puts the manifest of the site just published in place of the last one. */
export const finishPageManifest = putNextInPlace;

/** Writes one route's plan into the plan folder, named after its files (a route planned twice writes one file). */
export function writePlan(folder: string, entries: readonly PlanEntry[]): void {
  if (entries.length === 0) return;
  const name = createHash('sha256')
    .update(entries.map((e) => e.file).join('\n'))
    .digest('hex')
    .slice(0, 16);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.json`), JSON.stringify(entries));
}

/** Every route's plan entries, by file; empty when no route planned (the folder is missing). */
export function readPlan(folder: string): Map<string, PlanEntry> {
  const out = new Map<string, PlanEntry>();
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder).sort())
    for (const e of JSON.parse(readFileSync(join(folder, name), 'utf8')) as PlanEntry[]) out.set(e.file, e);
  return out;
}
