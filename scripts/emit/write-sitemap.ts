/**
 * Writes sitemap.xml (or a sitemap index and its parts) into the finished site, from the HTML
 * pages actually in it, so every page of every route is listed without this file knowing the
 * routes. A page reused from the last build brings its facts with it (the page manifest keeps
 * them, src/build-cache/page-manifest.ts); every other page is read, one at a time, and only its
 * facts kept: the whole site's HTML never sits in memory. Dates come from the build script's
 * documents.json, read line by line (only three fields of each record are kept).
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import type { SitemapFacts } from '../../src/build-cache/page-manifest.ts';
import {
  datedRecords,
  pageFacts,
  pagePath,
  sitemapFiles,
  type DatedRecord,
  type PageFacts,
} from '../../src/open-data/sitemap.ts';

/** Writes the sitemap of `site`; returns every HTML page's facts by file, for the next page manifest. */
export async function writeSitemap(
  site: string,
  options: { documentsJson: string; origin: string; base: string; known: ReadonlyMap<string, SitemapFacts> },
): Promise<{ facts: Map<string, SitemapFacts>; files: number }> {
  const files = readdirSync(site, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .sort();
  const pages: PageFacts[] = [];
  const facts = new Map<string, SitemapFacts>();
  for (const f of files) {
    const path = pagePath(f, options.base);
    const known = options.known.get(f);
    // Synchronous reads: 15,000 awaited one after another take three times as long.
    const page = known ? { path, ...known } : pageFacts({ path, html: readFileSync(join(site, f), 'utf8') }, options.base);
    pages.push(page);
    facts.set(f, { listed: page.listed, links: page.links });
  }
  const records: DatedRecord[] = [];
  // A collection gone meanwhile: no dates, and the check before publishing
  // (scripts/run/check-site-complete.ts) fails the build for the files it lacks.
  if (existsSync(options.documentsJson)) {
    const lines = createInterface({ input: createReadStream(options.documentsJson, 'utf8'), crlfDelay: Infinity });
    for await (const r of datedRecords(lines)) records.push(r);
  }
  // Past 50,000 URLs sitemap.xml becomes a sitemap index of sitemaps/sitemap-NNNN.xml.
  const sitemaps = sitemapFiles(pages, records, options.origin, options.base);
  for (const [path, xml] of sitemaps) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), xml);
  }
  return { facts, files: sitemaps.size };
}
