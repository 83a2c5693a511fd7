import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datedRecords, pageFacts, pagePath, sitemapFiles, type PageFacts } from './sitemap.ts';

/**
 * Writes sitemap.xml after the build from the HTML pages actually built, so every page of
 * every route is listed without this file knowing the routes; dates come from the build script's records (the
 * collection folder's documents.json, read line by line: only three fields of each are kept). Pages are read one at a time and only their facts kept: the whole
 * site's HTML (a gigabyte at 10,000 documents) never sits in memory. Pages Astro's incremental build
 * restored from its cache are in the folder like the others.
 */
export function sitemap(options: { documents: string }): AstroIntegration {
  let origin = 'http://localhost/';
  let base = '/';
  let documents = options.documents;
  return {
    name: 'policy-archive:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ?? origin;
        documents = resolve(fileURLToPath(config.root), options.documents);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        const pages: PageFacts[] = [];
        for (const f of files) {
          // Synchronous reads: 15,000 awaited one after another take three times as long.
          const facts = pageFacts({ path: pagePath(f, base), html: readFileSync(join(outDir, f), 'utf8') }, base);
          pages.push(facts);
        }
        const records = [];
        const file = join(documents, 'documents.json');
        // A collection gone while Astro ran: no dates, and the check before publishing
        // (scripts/run/check-site-complete.ts) fails the build for the files it lacks.
        if (existsSync(file)) {
          const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
          for await (const r of datedRecords(lines)) records.push(r);
        } else logger.warn(`sitemap: ${file} is missing; the sitemap has no dates`);
        // Past 50,000 URLs sitemap.xml becomes a sitemap index of sitemaps/sitemap-NNNN.xml.
        const sitemaps = sitemapFiles(pages, records, origin, base);
        for (const [path, xml] of sitemaps) {
          await mkdir(dirname(join(outDir, path)), { recursive: true });
          await writeFile(join(outDir, path), xml);
        }
        logger.info(`sitemap: ${pages.length} page(s) in ${sitemaps.size} file(s)`);
      },
    },
  };
}
