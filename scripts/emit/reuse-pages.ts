/**
 * After Astro: brings the files the routes planned to reuse (src/build-cache/page-plan.ts) from
 * the published site into the new one, as hard links (a copy where the two folders cannot
 * share files). Only paths Astro did not write are linked, and nothing writes into a linked
 * file afterwards: Astro has finished, and the files written after it (the sitemap, the
 * document files, the search index) are never planned ones.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readPlan, type PlanEntry } from '../../src/build-cache/page-manifest.ts';
import { linkOrCopy } from '../../src/site/link-or-copy.ts';

/** What reusePages did: the plan, which reused files had to be copied (a copy gets a stamp of its own), and the HTML pages of each kind. */
export interface Reuse {
  plan: Map<string, PlanEntry>;
  copied: Set<string>;
  pages: { rendered: number; reused: number };
}

/** Links the plan's reused files from `from` into `site`. Synchronous: tens of thousands of awaited links take seconds. */
export function reusePages(site: string, from: string, planFolder: string): Reuse {
  const plan = readPlan(planFolder);
  const rendered = readdirSync(site, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  let reused = 0;
  const copied = new Set<string>();
  const dirs = new Set<string>();
  for (const [file, entry] of plan) {
    if (!entry.reused) continue;
    const to = join(site, file);
    if (existsSync(to))
      throw new Error(
        `reuse-pages: ${file} was both rendered and planned for reuse; build again, and if it recurs delete the page manifests (pages/ in ASTRO_CACHE_DIR, default node_modules/.astro) so that every page is rendered`,
      );
    if (file.endsWith('.html')) reused++;
    if (!dirs.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
    dirs.add(dirname(to));
    try {
      if (!linkOrCopy(join(from, file), to)) copied.add(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new Error(`reuse-pages: ${join(from, file)} was planned for reuse but is gone; build again`, { cause: e });
      throw e;
    }
  }
  return { plan, copied, pages: { rendered, reused } };
}

/** The build log's line: `pages: 9 rendered, 14,980 reused from the last build`. */
export function reuseSummary(pages: Reuse['pages']): string {
  const n = (x: number) => x.toLocaleString('en');
  return `pages: ${n(pages.rendered)} rendered, ${n(pages.reused)} reused from the last build`;
}
