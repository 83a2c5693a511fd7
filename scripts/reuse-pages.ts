/**
 * After Astro: brings the files the page cache reuses (src/lib/page-cache.ts) from the published
 * output into the staging folder, as hard links (a copy where the two folders cannot share
 * files), then writes the manifest of the new output for the next build.
 *
 * Only paths Astro did not write are linked, and nothing writes into a linked file afterwards:
 * Astro has finished, and the files written after it (the sitemap, the search index) are never
 * reused ones. The manifest stamps every file (inode, size, mtime), so a published file changed
 * or replaced later is rendered again, never reused.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { linkOrCopy } from '../src/lib/link-or-copy.ts';
import { cacheFiles, fileStamp, type PageManifest } from '../src/lib/page-manifest.ts';

/** Counts of a build's output: HTML pages and other files, rendered by Astro or reused. */
export interface ReuseCounts {
  pages: { rendered: number; reused: number };
  files: { rendered: number; reused: number };
}

/**
 * Links the reused files of the plan into `staging` and writes the manifest; null when the
 * build made no plan. Synchronous: tens of thousands of links awaited one by one take seconds.
 */
export function reusePages(staging: string, outDir: string): ReuseCounts | null {
  const files = cacheFiles(resolve(outDir));
  if (!existsSync(files.plan)) return null;
  const plan = JSON.parse(readFileSync(files.plan, 'utf8')) as PageManifest;
  const written = readdirSync(staging, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(staging.length + 1));
  const counts: ReuseCounts = { pages: { rendered: 0, reused: 0 }, files: { rendered: 0, reused: 0 } };
  for (const f of written) counts[f.endsWith('.html') ? 'pages' : 'files'].rendered++;
  const rendered = new Set(written);
  const dirs = new Set<string>();
  // A reused file's stamp is the one the plan carries from the last manifest, since a hard link
  // keeps it; only a copy gets a new one.
  const copied = new Set<string>();
  for (const [file, record] of Object.entries(plan.pages)) {
    if (!record.reused) continue;
    const to = join(staging, file);
    if (rendered.has(file))
      throw new Error(`reuse-pages: ${file} was both rendered and planned for reuse; rebuild with NO_PAGE_CACHE=1`);
    if (!dirs.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
    dirs.add(dirname(to));
    const from = join(plan.outDir, file);
    try {
      if (!linkOrCopy(from, to)) copied.add(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(from))
        throw new Error(`reuse-pages: ${from} was planned for reuse but is gone; rebuild with NO_PAGE_CACHE=1`, { cause: e });
      throw e;
    }
    counts[file.endsWith('.html') ? 'pages' : 'files'].reused++;
  }
  const pages: PageManifest['pages'] = {};
  for (const [file, { fp, sitemap, stamp: before, reused }] of Object.entries(plan.pages)) {
    const stamp = reused && before && !copied.has(file) ? before : rendered.has(file) ? fileStamp(join(staging, file)) : null;
    // A planned path Astro wrote no file for (an empty response) is simply not recorded.
    if (stamp) pages[file] = sitemap ? { fp, stamp, sitemap } : { fp, stamp };
  }
  const manifest: PageManifest = { version: plan.version, outDir: plan.outDir, key: plan.key, pages };
  writeFileSync(`${files.manifest}.tmp`, JSON.stringify(manifest));
  renameSync(`${files.manifest}.tmp`, files.manifest);
  rmSync(files.plan, { force: true });
  return counts;
}

/** The build log's line: `pages: 3 rendered, 14,986 reused; other files: 25 written, 20,535 reused`. */
export function reuseSummary(c: ReuseCounts): string {
  const n = (x: number) => x.toLocaleString('en');
  return `pages: ${n(c.pages.rendered)} rendered, ${n(c.pages.reused)} reused from the previous build; other files: ${n(c.files.rendered)} written, ${n(c.files.reused)} reused`;
}

/** reusePages with its summary on stdout: the one call scripts/build.ts makes after Astro. */
export function reusePreviousPages(staging: string, outDir: string): void {
  const counts = reusePages(staging, outDir);
  if (counts) console.log(`build: ${reuseSummary(counts)}`);
}
