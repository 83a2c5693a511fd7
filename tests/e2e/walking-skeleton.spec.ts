/** From the home page to every document, search, and every link, under the /archive/ sub-path. */
import { expect, test } from '@playwright/test';
import { BASE, builtRecords, searchFor, sourceNames, sourcesContaining, watchRequests } from './support.ts';

test('the home page lists every document in Chinese', async ({ page }) => {
  const watch = watchRequests(page);
  await page.goto(BASE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const records = builtRecords();
  expect(records.map((r) => r.source).sort()).toEqual(sourceNames());
  for (const r of records) await expect(page.locator(`a[href="${r.url}"]`)).toHaveText(r.title);
  await expect(page.getByText('2022年6月28日').first()).toBeVisible();
  await expect(page.getByText('吉科发医〔2022〕97号').first()).toBeVisible();
  expect(watch.failures).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('each document opens from the home page', async ({ page }) => {
  const watch = watchRequests(page);
  for (const r of builtRecords()) {
    await page.goto(BASE);
    await page.locator(`a[href="${r.url}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${r.url}$`));
    await expect(page.locator('h1')).toHaveText(r.title);
    await expect(page.locator('#s1')).toBeVisible();
  }
  expect(watch.failures).toEqual([]);
});

for (const [query, expected] of [
  ['人参', ['000', '001', '002', '003']],
  ['澳门', ['002']],
] as const) {
  test(`searching ${query} finds exactly the documents that contain it`, async ({ page }) => {
    const oracle = sourcesContaining(query).map((s) => s.slice(0, 3));
    expect(oracle).toEqual(expected);
    const bySource = new Map(builtRecords().map((r) => [r.url, r.source.slice(0, 3)]));
    const found = (await searchFor(page, query)).map((u) => bySource.get(u) ?? u).sort();
    expect(found).toEqual(expected);
  });
}

test('every internal link and asset on the home page resolves under the sub-path', async ({ page, request }) => {
  const watch = watchRequests(page);
  await page.goto(BASE);
  const urls = await page.evaluate(() => [
    ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    ...[...document.querySelectorAll('link[href], script[src], img[src]')].map(
      (e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src,
    ),
  ]);
  const origin = new URL(page.url()).origin;
  const internal = [
    ...new Set(
      urls
        .map((u) => new URL(u))
        .filter((u) => u.origin === origin)
        .map((u) => u.pathname + u.search),
    ),
  ];
  expect(internal.length).toBeGreaterThan(5);
  for (const path of internal) {
    expect(path.startsWith(BASE), `${path} is outside ${BASE}`).toBe(true);
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
  }
  expect(watch.failures).toEqual([]);
});

test('an MDX page of the site renders GFM through the unified processor', async ({ page }) => {
  await page.goto(`${BASE}about/`);
  await expect(page.locator('h1')).toHaveText('关于本站');
  const table = page.locator('main table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('th').first()).toHaveText('链接');
  await expect(table.locator('tbody tr')).toHaveCount(4);
});
