/**
 * Runs the benchmark's queries through Pagefind's own JS API in Chromium (the comparison of
 * bench:search -- --engines ours,pagefind): a page of the served site loads
 * <base>pagefind/pagefind.js; a query's time and bytes run to the data of its first 10 results
 * (what a results page shows first), like our page's first step.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Measured } from './search-page-driver.ts';

const PAGE = 10;

/** Writes the harness page into the site folder; returns its path under the base. */
export function writePagefindHarness(site: string, base: string): string {
  writeFileSync(
    join(site, 'pagefind-bench.html'),
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>pagefind bench</title>
<script type="module">
const pf = await import('${base}pagefind/pagefind.js');
await pf.options({ baseUrl: '${base}' });
await pf.init();
window.pagefindReady = pf;
</script>`,
  );
  return `${base}pagefind-bench.html`;
}

const pending = new WeakMap<Page, Promise<number>[]>();

/** Counts the bytes of every finished request of the page from now on. */
export function countPagefindBytes(page: Page): void {
  pending.set(page, []);
  page.on('requestfinished', (request) => {
    pending.get(page)?.push(
      request.sizes().then(
        (s) => s.responseHeadersSize + s.responseBodySize,
        () => 0,
      ),
    );
  });
}

interface PagefindApi {
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}

/** One query through Pagefind's API; lists all results' URLs when there are at most `expandLimit`. */
export async function measurePagefind(page: Page, q: string, expandLimit: number): Promise<Measured> {
  await page.waitForFunction(() => 'pagefindReady' in window);
  pending.set(page, []);
  const r = await page.evaluate(
    async ([query, shown]) => {
      const w = window as unknown as { pagefindReady: PagefindApi; lastSearch?: Awaited<ReturnType<PagefindApi['search']>> };
      const t0 = performance.now();
      const search = await w.pagefindReady.search(query);
      const firstData = await Promise.all(search.results.slice(0, shown).map((x) => x.data()));
      const ms = performance.now() - t0;
      w.lastSearch = search;
      return { ms, count: search.results.length, first: firstData[0] ? new URL(firstData[0].url, location.href).pathname : null };
    },
    [q, PAGE] as const,
  );
  const bytes = (await Promise.all(pending.get(page) ?? [])).reduce((a, b) => a + b, 0);
  const found =
    r.count > expandLimit
      ? null
      : await page.evaluate(async () => {
          const w = window as unknown as { lastSearch: Awaited<ReturnType<PagefindApi['search']>> };
          const all = await Promise.all(w.lastSearch.results.map((x) => x.data()));
          return all.map((d) => new URL(d.url, location.href).pathname);
        });
  return { ms: r.ms, bytes, count: r.count, found, first: r.first, firstBottom: null };
}
