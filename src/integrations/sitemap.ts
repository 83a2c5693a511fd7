import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePath, sitemapXml, type DatedRecord } from '../lib/sitemap.ts';

/**
 * Writes sitemap.xml after the build from the HTML pages actually built, so every page of
 * every route is listed without this file knowing the routes; dates come from the built
 * data/documents.json.
 */
export function sitemap(): AstroIntegration {
  let origin = 'http://localhost/';
  let base = '/';
  return {
    name: 'policy-archive:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ?? origin;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
        const pages = await Promise.all(files.map(async (f) => ({ path: pagePath(f, base), html: await readFile(join(outDir, f), 'utf8') })));
        const records = JSON.parse(await readFile(join(outDir, 'data/documents.json'), 'utf8')) as DatedRecord[];
        await writeFile(join(outDir, 'sitemap.xml'), sitemapXml(pages, records, origin, base));
        logger.info(`sitemap: ${pages.length} page(s)`);
      },
    },
  };
}
