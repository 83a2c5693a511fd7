/**
 * Incremental rendering, decided in the routes: every path of a fingerprinted route comes with
 * its view model, all that its page shows beyond the build key (src/build-cache/build-key.ts),
 * and its fingerprint is the sha256 of both. A path whose fingerprint is the one in the
 * published site's manifest, and whose published file is still the file that build wrote (same
 * stamp), is left out of getStaticPaths; after Astro, scripts/emit/reuse-pages.ts links that file
 * into the new site. Each route writes what it decided to the plan folder (page-manifest.ts).
 *
 * scripts/run/build.ts says where the published site, its manifest and the plan folder are
 * through Astro's inline config (Vite's `define` of `__PAGE_REUSE__`). Built any other way
 * (`astro build`, `astro dev`) there is no such constant, and every path is rendered.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildKey } from './build-key.ts';
import { fileStamp } from './file-stamp.ts';
import { readPageManifest, writePlan, type PageRecord, type PageReuse, type PlanEntry } from './page-manifest.ts';

declare const __PAGE_REUSE__: PageReuse | undefined;

/** A path a route can render, with the view model its page is rendered from. */
export interface Candidate<P, V = unknown> {
  params: P;
  /** The output file under the site's root, e.g. `documents/x/index.html`. */
  file: string;
  /** JSON-serialisable; must hold everything the file's content depends on besides the build key. */
  view: V;
}

/** The fingerprint of a file's view model under a build key. */
export const fingerprint = (key: string, file: string, view: unknown): string =>
  createHash('sha256')
    .update(`${key}\0${file}\0${JSON.stringify(view)}`)
    .digest('hex');

/** What every route of one build shares: the build key and the published site's manifest, read once. */
interface Planner {
  key: string;
  reuse: PageReuse | null;
  previous: Map<string, PageRecord>;
}

let planner: Planner | undefined;

function startPlanner(): Planner {
  const reuse = typeof __PAGE_REUSE__ === 'undefined' ? null : __PAGE_REUSE__;
  return {
    key: buildKey(process.cwd()),
    reuse,
    previous: reuse ? readPageManifest(reuse.manifest, reuse.from) : new Map<string, PageRecord>(),
  };
}

/**
 * Which of `candidates` a route renders: those whose published file cannot be reused, as
 * getStaticPaths entries. An HTML page is reused only with its sitemap facts, since the sitemap
 * step will not read it.
 */
export function plannedPaths<P>(candidates: readonly Candidate<P>[]): { params: P }[] {
  const p = (planner ??= startPlanner());
  const out: { params: P }[] = [];
  const plan: PlanEntry[] = [];
  for (const c of candidates) {
    const fp = fingerprint(p.key, c.file, c.view);
    const before = p.previous.get(c.file);
    const reusable =
      p.reuse !== null &&
      before?.fp === fp &&
      (!c.file.endsWith('.html') || !!before.sitemap) &&
      fileStamp(join(p.reuse.from, c.file)) === before.stamp;
    if (reusable)
      plan.push({ file: c.file, fp, reused: { stamp: before.stamp, ...(before.sitemap ? { sitemap: before.sitemap } : {}) } });
    else {
      plan.push({ file: c.file, fp });
      out.push({ params: c.params });
    }
  }
  if (p.reuse) writePlan(p.reuse.plan, plan);
  return out;
}
