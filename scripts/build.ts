/**
 * The whole build: normalise the sources, build the site with Astro (which indexes it with
 * Pagefind), then swap the new site in for the old.
 *
 *   BASE_PATH=/archive/ SITE_URL=https://example.org node scripts/build.ts
 *
 * OUT_DIR (default dist) names the output folder. A failed build leaves it untouched.
 */
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { buildContent, reportFailure } from './build-content.ts';
import { readSiteSettings } from '../src/lib/site-settings.ts';

const root = resolve(import.meta.dirname, '..');
const settings = readSiteSettings();
const outDir = resolve(root, process.env['OUT_DIR'] || 'dist');
const staging = join(root, '.build', `site-${process.pid}`);

const started = performance.now();
try {
  const { documents } = await buildContent({ inDir: resolve(root, process.env['RAW_DIR'] || 'content/raw'), outDir: join(root, 'content/documents'), base: settings.BASE_PATH });
  console.log(`normalise: ${documents.length} document(s)`);
} catch (e) {
  reportFailure(e);
}

await rm(staging, { recursive: true, force: true });
process.env['ASTRO_OUT_DIR'] = staging;
try {
  await build({ root, logLevel: (process.env['ASTRO_LOG_LEVEL'] as 'info' | undefined) ?? 'warn' });
} catch (e) {
  await rm(staging, { recursive: true, force: true });
  console.error(e);
  console.error(`\nbuild: Astro failed; ${outDir} was left as it was.`);
  process.exit(1);
}

await mkdir(dirname(outDir), { recursive: true });
const old = `${staging}-old`;
if (existsSync(outDir)) await rename(outDir, old);
await rename(staging, outDir);
await rm(old, { recursive: true, force: true });
console.log(`build: site written to ${outDir} (base ${settings.BASE_PATH}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
