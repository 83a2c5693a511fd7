/**
 * How many pages Astro rendered and how many its incremental build restored from its cache: a
 * restored file keeps the time it was first written (Astro copies it with its times), so the
 * pages older than the start of this build's Astro run are the restored ones.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ReuseCounts {
  rendered: number;
  reused: number;
}

/** The HTML pages under `site` written before `since` (ms since the epoch) and since then. */
export function reuseCounts(site: string, since: number): ReuseCounts {
  const counts: ReuseCounts = { rendered: 0, reused: 0 };
  for (const e of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    counts[statSync(join(e.parentPath, e.name)).mtimeMs < since ? 'reused' : 'rendered']++;
  }
  return counts;
}

/** The build log's line: `pages: 3 rendered, 14,986 reused from the last build`. */
export function countReused(site: string, since: number): string {
  const n = (x: number) => x.toLocaleString('en');
  const c = reuseCounts(site, since);
  return `pages: ${n(c.rendered)} rendered, ${n(c.reused)} reused from the last build`;
}
