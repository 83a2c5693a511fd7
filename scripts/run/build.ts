/**
 * The whole build: normalise the sources, build the site with Astro while a process of its own
 * builds the search index, then swap the new site in for the old.
 *
 *   BASE_PATH=/archive/ SITE_URL=https://example.org node scripts/run/build.ts
 *
 * OUT_DIR (default dist) names the output folder; RAW_DIR (default content/raw) the sources;
 * DOCUMENTS_DIR (default content/documents) the generated collection. A failed build leaves
 * the output untouched.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { existsSync, renameSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildContent, reportFailure } from './build-content.ts';
import { reportSummary } from '../report/build-report.ts';
import { reusePages, reuseSummary, type Reuse } from '../emit/reuse-pages.ts';
import { writeSitemap } from '../emit/write-sitemap.ts';
import { incompleteSiteError } from './check-site-complete.ts';
import { staleTemporaries } from './stale-temporaries.ts';
import { publishSite, previousSite, restoreInterruptedPublish } from './publish-site.ts';
import { emitDocumentFiles, type BuiltDocument } from '../emit/document-files.ts';
import { finishIndexManifest, indexManifestFile } from '../../src/search/build/index-manifest.ts';
import {
  finishPageManifest,
  pageManifestFile,
  readPageManifest,
  writePageManifest,
  type PageRecord,
  type PageReuse,
  type SitemapFacts,
} from '../../src/build-cache/page-manifest.ts';
import { fileStamp } from '../../src/build-cache/file-stamp.ts';
import { hostFromEnv, hostTable, limitsExceeded, type HostLimits } from '../../src/site/host-limits.ts';
import { outputStats } from '../../src/site/output-stats.ts';
import { documentsFolder, readSiteSettings, siteUrlWarning } from '../../src/site/site-settings.ts';
import { markStage } from '../../src/site/stage-marker.ts';

const root = resolve(import.meta.dirname, '../..');
const settings = readSiteSettings();
const unsetSite = siteUrlWarning();
if (unsetSite) console.warn(unsetSite);
const outDir = resolve(root, process.env['OUT_DIR'] || 'dist');
const staging = join(root, '.build', `site-${process.pid}`);
// The generated collection; the loader in src/content.config.ts reads the same setting.
const documentsDir = resolve(root, documentsFolder());
/** RAW_DIR (default content/raw) names the folder of sources, e.g. the assembled e2e sources. */
const rawDir = resolve(root, process.env['RAW_DIR'] || 'content/raw');
/** STATIC_HOST (github-pages, gitlab-pages, cloudflare-pages, …) fails the build when the site would not fit that host. */
let host: HostLimits | undefined;
try {
  host = hostFromEnv(process.env);
} catch (e) {
  console.error(`build: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}

/**
 * Lowers the priority of a process working beside the build's critical path (the normaliser,
 * then Astro): the search index, the emptying of the trash. A rebuild of 10,000 documents took
 * 18.6 s instead of 20.2 s (median of 3 alternating, 2026-12-06).
 */
function lowPriority(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    setPriority(child.pid, 10);
  } catch {
    // Not allowed here: the process competes as an equal, which is slower, not wrong.
  }
}

/**
 * Starts scripts/run/build-search-index.ts, which must index `expect` documents: its summary line,
 * or its errors; and a way to stop it.
 */
function runSearchIndex(
  documents: string,
  site: string,
  previous: string,
  expect: number,
): { done: Promise<string>; stop: () => void } {
  let child: ReturnType<typeof execFile> | undefined;
  const done = new Promise<string>((ok, fail) => {
    child = execFile(
      process.execPath,
      [
        join(root, 'scripts/run/build-search-index.ts'),
        ...['--documents', documents, '--site', site, '--previous', previous, '--expect', String(expect)],
      ],
      { maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`search index: ${stderr || error.message}`));
        else ok(stdout.trim());
      },
    );
    lowPriority(child);
  });
  // Awaited after Astro; a failure meanwhile must not count as unhandled.
  done.catch(() => undefined);
  return { done, stop: () => child?.kill() };
}

/** Where replaced outputs wait to be deleted. */
const trash = join(root, '.build', 'trash');

/**
 * Deletes what earlier builds left in the trash, and the staging folders of builds that were
 * killed (`.build/site-<pid>`, `…-search`, `.build/trash-<pid>`), in a process of its own
 * (`rm -rf`, or Node's rm where there is none). The trash is moved aside at once, before the
 * first await, so this build's trash starts afresh.
 */
async function emptyTrash(): Promise<void> {
  const stale = staleTemporaries(join(root, '.build'), /^(?:site|trash)-(\d+)(?:-search|-plan)?$/);
  if (stale.length > 0) console.warn(`build: removing ${stale.length} folder(s) that stopped builds left in .build/`);
  const emptying = `${trash}-${process.pid}`;
  if (existsSync(trash)) renameSync(trash, emptying);
  const doomed = [...stale, ...(existsSync(emptying) ? [emptying] : [])];
  if (doomed.length === 0) return;
  await new Promise<void>((done) => lowPriority(execFile('rm', ['-rf', ...doomed], () => done())));
  for (const d of doomed) await rm(d, { recursive: true, force: true });
}

/**
 * The next page manifest: every planned file the new site has, with its fingerprint, its stamp
 * (a reused file linked keeps the one it had; the rest are stamped where they are, and keep it
 * when the staging folder is renamed into place) and an HTML page's sitemap facts.
 */
function pageRecords(r: Reuse, facts: ReadonlyMap<string, SitemapFacts>): Record<string, PageRecord> {
  const pages: Record<string, PageRecord> = {};
  for (const [file, e] of r.plan) {
    const stamp = e.reused && !r.copied.has(file) ? e.reused.stamp : fileStamp(join(staging, file));
    const sitemap = facts.get(file);
    // A planned path Astro wrote no file for (an empty response) is not recorded.
    if (stamp) pages[file] = sitemap ? { fp: e.fp, stamp, sitemap } : { fp: e.fp, stamp };
  }
  return pages;
}

const started = performance.now();
// Astro takes most of a second to load: it loads while the build script normalises (on worker
// threads past 2,000 documents), not before.
const astro = import('astro');
astro.catch(() => undefined);
// A build stopped between the two renames of a publish left the site beside its place.
if (await restoreInterruptedPublish(outDir))
  console.warn(`build: put back ${outDir} from ${previousSite(outDir)}, where a stopped build left it`);
const emptied = emptyTrash().catch((e: unknown) => {
  console.warn(`build: could not empty ${trash} (${e instanceof Error ? e.message : String(e)}); delete it by hand`);
});
markStage('normalise');
let documents: BuiltDocument[] = [];
try {
  const built = await buildContent({
    inDir: rawDir,
    outDir: documentsDir,
    contentDir: join(root, 'content'),
    base: settings.BASE_PATH,
    trash,
    strict: process.argv.includes('--strict') || /^(1|true|yes|on)$/i.test(process.env['STRICT'] ?? ''),
  });
  console.log(reportSummary(built.report, join(documentsDir, 'report.json')));
  documents = built.documents;
} catch (e) {
  reportFailure(e);
}

await rm(staging, { recursive: true, force: true });
// The page cache: the routes plan which published pages they reuse (src/build-cache/page-plan.ts).
const reuse: PageReuse = { from: outDir, manifest: pageManifestFile(outDir), plan: `${staging}-plan` };
await rm(reuse.plan, { recursive: true, force: true });
// The search index is built by a process of its own, beside Astro: both cores, separate memory.
const searchSite = `${staging}-search`;
await rm(searchSite, { recursive: true, force: true });
const search = runSearchIndex(documentsDir, searchSite, outDir, documents.length);
markStage('astro');
let reused: Reuse;
let sitemapFacts: Map<string, SitemapFacts>;
try {
  const { build } = await astro;
  await build({
    root,
    outDir: staging,
    logLevel: (process.env['ASTRO_LOG_LEVEL'] as 'info' | undefined) ?? 'warn',
    // A setting for the routes, in Astro's public inline config: where to reuse pages from.
    vite: { define: { __PAGE_REUSE__: JSON.stringify(reuse) } },
  });
  markStage('reuse');
  reused = reusePages(staging, outDir, reuse.plan);
  console.log(`build: ${reuseSummary(reused.pages)}`);
  // Each document's record and source text, straight from the build script's output.
  const published = { dir: outDir, pages: readPageManifest(reuse.manifest, outDir) };
  for (const e of emitDocumentFiles(documents, { documentsDir, rawDir, site: staging, published })) reused.plan.set(e.file, e);
  const known = new Map<string, SitemapFacts>();
  for (const [file, e] of reused.plan) if (e.reused?.sitemap) known.set(file, e.reused.sitemap);
  const sitemap = await writeSitemap(staging, {
    documentsJson: join(documentsDir, 'documents.json'),
    origin: settings.SITE_URL,
    base: settings.BASE_PATH,
    known,
  });
  sitemapFacts = sitemap.facts;
  const incomplete = incompleteSiteError(
    staging,
    documents.map((d) => d.slug),
  );
  if (incomplete) throw incomplete;
  markStage('search');
  console.log(await search.done);
  await rename(join(searchSite, 'search-index'), join(staging, 'search-index'));
} catch (e) {
  search.stop();
  await rm(staging, { recursive: true, force: true });
  await rm(searchSite, { recursive: true, force: true });
  await rm(reuse.plan, { recursive: true, force: true });
  // A check of ours has said all there is to say; a stack would hide it.
  console.error(e instanceof Error && e.name === 'IncompleteSite' ? `build: ${e.message}` : e);
  console.error(`\nbuild: the site build failed; ${outDir} was left as it was.`);
  process.exit(1);
}
await rm(searchSite, { recursive: true, force: true });
await rm(reuse.plan, { recursive: true, force: true });
writePageManifest(reuse.manifest, outDir, pageRecords(reused, sitemapFacts));

// The host check: what the site weighs, and which hosts take it. Before the swap, so a site
// that does not fit STATIC_HOST never replaces the published one.
const stats = outputStats(staging);
console.log(hostTable(stats).join('\n'));
const over = host ? limitsExceeded(stats, host) : [];
if (host && over.length > 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(
    `\nbuild: the site does not fit ${host.name} (STATIC_HOST=${host.id}): ${over.join('; ')}. ${outDir} was left as it was; see "Output budget and hosts" in README.md for what makes a site smaller, or unset STATIC_HOST.`,
  );
  process.exit(1);
}

markStage('swap');
// The site two publishes old goes to the trash, which the next build empties at a low priority
// while it normalises: deleting tens of thousands of files takes seconds. The one just replaced
// stays beside the new one (scripts/run/publish-site.ts).
await publishSite(staging, outDir, trash, String(process.pid));
finishIndexManifest(indexManifestFile(outDir));
finishPageManifest(reuse.manifest);
await emptied;
markStage('done');
console.log(
  `build: site written to ${outDir} (base ${settings.BASE_PATH}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
// Said again at the end, where it is read, not only above the build's log.
if (unsetSite) console.warn(unsetSite);
