/** Drives the real search page for the benchmark: types a query, times and sizes what it takes. */
import type { Page } from '@playwright/test';

export interface Measured {
  /** From the input event to the status saying the first results are shown. */
  ms: number;
  /** Bytes transferred meanwhile, page and its workers (headers and encoded bodies; cache hits count 0). */
  bytes: number;
  /** Of those, the bytes of documents' records (data/documents/<slug>.json: what results show); undefined for Pagefind. */
  recordBytes?: number;
  /** Documents found, as the status reports. */
  count: number;
  /** Paths of every document found (after "show more" until all are listed), or null if not expanded. */
  found: string[] | null;
  /** Path of the first document listed, or null. */
  first: string | null;
  /** Where the first result's title ends, in CSS pixels from the top of the page; null without results. */
  firstBottom: number | null;
}

const pending = new WeakMap<Page, Promise<[bytes: number, record: boolean]>[]>();

/** Starts counting the bytes of every finished request of the page (workers' included). */
export function countBytes(page: Page): void {
  pending.set(page, []);
  page.on('requestfinished', (request) => {
    const record = /\/data\/documents\/[^/]+\.json(\?|$)/.test(request.url());
    pending.get(page)!.push(
      request.sizes().then(
        (s): [number, boolean] => [s.responseHeadersSize + s.responseBodySize, record],
        (): [number, boolean] => [0, record],
      ),
    );
  });
}

/** Runs one query through #search-q; lists all results when there are at most `expandLimit`. */
export async function measureQuery(page: Page, q: string, expandLimit: number): Promise<Measured> {
  pending.set(page, []);
  const first = await page.evaluate(async (query) => {
    const input = document.getElementById('search-q') as HTMLInputElement;
    const status = document.getElementById('search-status')!;
    const done = () => status.dataset['query'] === query && status.dataset['state'] === 'done';
    scrollTo(0, 0);
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((ok) => {
      if (done()) {
        ok();
        return;
      }
      const watch = new MutationObserver(() => {
        if (!done()) return;
        watch.disconnect();
        ok();
      });
      watch.observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
    });
    const ms = performance.now() - t0;
    const title = document.querySelector('#search-results h2');
    const box = title?.getBoundingClientRect();
    const link = title?.querySelector('a');
    return {
      ms,
      text: status.textContent,
      first: link ? new URL(link.href).pathname : null,
      firstBottom: box ? box.bottom + scrollY : null,
    };
  }, q);
  const sizes = await Promise.all(pending.get(page) ?? []);
  const bytes = sizes.reduce((a, [b]) => a + b, 0);
  const recordBytes = sizes.reduce((a, [b, record]) => a + (record ? b : 0), 0);
  const count = Number(/找到 (\d+) 件/.exec(first.text)?.[1] ?? 0);
  const shown = { ms: first.ms, bytes, recordBytes, count, first: first.first, firstBottom: first.firstBottom };
  if (count > expandLimit) return { ...shown, found: null };
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  const found = await page
    .locator('#search-results .search-result h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { ...shown, found };
}
