import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFacts, pagePath, sitemapXml, type DatedRecord, type PageFacts } from '../lib/sitemap.ts';

/**
 * Writes sitemap.xml after the build from the HTML pages actually built, so every page of
 * every route is listed without this file knowing the routes; dates come from the built
 * data/documents.json. Pages are read one at a time and only their facts kept: the whole
 * site's HTML (a gigabyte at 10,000 documents) never sits in memory.
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
        const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort();
        const pages: PageFacts[] = [];
        for (const f of files) pages.push(pageFacts({ path: pagePath(f, base), html: await readFile(join(outDir, f), 'utf8') }, base));
        const records = JSON.parse(await readFile(join(outDir, 'data/documents.json'), 'utf8')) as DatedRecord[];
        await writeFile(join(outDir, 'sitemap.xml'), sitemapXml(pages, records, origin));
        logger.info(`sitemap: ${pages.length} page(s)`);
      },
    },
  };
}
