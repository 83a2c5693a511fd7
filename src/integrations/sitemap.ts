import type { AstroIntegration } from 'astro';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeDatedRecords } from '../lib/dated-records.ts';
import { recordSitemapFacts, reusedFiles } from '../lib/page-cache.ts';
import { datedRecords, pageFacts, pagePath, sitemapFiles, type PageFacts } from '../lib/sitemap.ts';

/**
 * Writes sitemap.xml after the build from the HTML pages actually built, so every page of
 * every route is listed without this file knowing the routes; dates come from the records of
 * data/documents.json (handed over by its route, src/lib/dated-records.ts, or read back). Pages are read one at a time and only their facts kept: the whole
 * site's HTML (a gigabyte at 10,000 documents) never sits in memory. A page the page cache
 * reuses from the previous build (src/lib/page-cache.ts) is not in this build's folder yet; its
 * facts come from the previous build's manifest, and a rendered page's facts go into the next.
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
        const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        const pages: PageFacts[] = [];
        for (const f of files) {
          // Synchronous reads: 15,000 awaited one after another take three times as long.
          const facts = pageFacts({ path: pagePath(f, base), html: readFileSync(join(outDir, f), 'utf8') }, base);
          recordSitemapFacts(f.split('\\').join('/'), { listed: facts.listed, links: facts.links });
          pages.push(facts);
        }
        for (const [f, record] of reusedFiles()) if (record.sitemap) pages.push({ path: pagePath(f, base), ...record.sitemap });
        // The records data/documents.json was written from in this process, or the file read back.
        let records = takeDatedRecords();
        if (!records) {
          records = [];
          const lines = createInterface({
            input: createReadStream(join(outDir, 'data/documents.json'), 'utf8'),
            crlfDelay: Infinity,
          });
          for await (const r of datedRecords(lines)) records.push(r);
        }
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
