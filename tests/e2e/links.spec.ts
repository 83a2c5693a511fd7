/**
 * Link checker over the served site under /archive/: crawl from the home page, every internal
 * link and asset answers 200, and every fragment (#s1-2, #s1-p3, #c-…) exists in its target page.
 */
import { expect, test } from '@playwright/test';
import { BASE, builtRecords } from './support.ts';

/** SITE_URL of the test build (tests/e2e/global-setup.ts): canonical links carry it. */
const SITE_URL = 'https://archive.example.org';

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** URLs of a page's links, assets and form targets, with the attribute they came from. */
function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => decode(m[1]!));
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));

test('every internal link resolves and every fragment exists, crawling from the home page', async ({ request }) => {
  test.setTimeout(120_000);
  const origin = process.env['E2E_ORIGIN']!;
  const pages = new Map<string, Set<string>>();
  const fragments: { from: string; path: string; id: string }[] = [];
  const broken: string[] = [];
  const queue = [BASE];
  const seen = new Set(queue);
  while (queue.length) {
    const path = queue.shift()!;
    const res = await request.get(`${origin}${path}`);
    if (res.status() !== 200) {
      broken.push(`${res.status()} ${path}`);
      continue;
    }
    if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await res.text();
    pages.set(path, idsOf(html));
    for (const raw of linksOf(html)) {
      const url = new URL(raw.startsWith(SITE_URL) ? raw.slice(SITE_URL.length) : raw, `${origin}${path}`);
      if (url.origin !== origin) {
        if (url.protocol.startsWith('http')) broken.push(`${path} links outside the site: ${raw}`);
        continue;
      }
      expect(url.pathname.startsWith(BASE), `${path} links ${raw}, outside ${BASE}`).toBe(true);
      if (url.hash) fragments.push({ from: path, path: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      // The search page is one page whatever its query.
      if (url.pathname.startsWith(`${BASE}search/`) && url.search) continue;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  for (const f of fragments) {
    const ids = pages.get(f.path);
    if (!ids?.has(f.id)) broken.push(`${f.from} links ${f.path}#${f.id}: no element has that id`);
  }
  expect(broken).toEqual([]);
  // Every document page was reached by following links.
  const documents = [...pages.keys()].filter((p) => p.startsWith(`${BASE}documents/`));
  expect(documents.sort()).toEqual(
    builtRecords()
      .map((r) => r.url)
      .sort(),
  );
  expect(fragments.length).toBeGreaterThan(0);
});
