/**
 * The search page on 1,000 generated documents: words as AND, 发文字号 as people type them,
 * browsing by filters alone, results first on a phone, and the back button keeping a long list.
 * Expected documents come from the oracle over the built collection (corpus.ts), never from the
 * search code.
 */
import { expect, test, type Page } from '@playwright/test';
import { BASE, corpusRecords, urlsWithAll } from './corpus.ts';

const search = (q: string) => `${BASE}search/?q=${encodeURIComponent(q)}`;

async function settled(page: Page): Promise<void> {
  await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
}

/** Every document the page lists, after 显示更多结果 until none is left. */
async function allResults(page: Page): Promise<string[]> {
  await settled(page);
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(before);
  }
  return page
    .locator('#search-results .search-result h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const words of [
  ['新质生产力', '一主六双'],
  ['创新药', '卫健委'],
  ['医疗机构', '数字'],
]) {
  test(`${words.join(' ')} lists exactly the documents holding every word`, async ({ page }) => {
    const expected = urlsWithAll(words.map((w) => [w]));
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(search(words.join(' ')));
    expect((await allResults(page)).sort()).toEqual(expected);
    await expect(page.locator('#search-status')).toHaveText(`找到 ${expected.length} 件文件`);
  });
}

test('two words that each occur but never together find nothing, and the page says which query to try', async ({ page }) => {
  expect(urlsWithAll([['五大平台']]).length).toBeGreaterThan(0);
  expect(urlsWithAll([['新质生产力']]).length).toBeGreaterThan(0);
  expect(urlsWithAll([['五大平台'], ['新质生产力']])).toEqual([]);
  await page.goto(search('五大平台 新质生产力'));
  await settled(page);
  await expect(page.locator('#search-status')).toHaveText('没有找到符合条件的文件');
  await expect(page.locator('#search-help')).toContainText('每个词都能找到文件，但没有文件同时包含全部的词。');
  await expect(page.locator('#search-help').getByRole('link', { name: '五大平台', exact: true })).toBeVisible();
});

test('发文字号 in other brackets, with 第 or spaces, list their document first, marked', async ({ page }) => {
  const numbered = corpusRecords().filter((r) => r.docNumber && /^.+〔\d{4}〕\d+号$/u.test(r.docNumber));
  for (const r of [numbered[0]!, numbered[Math.floor(numbered.length / 2)]!, numbered.at(-1)!]) {
    const [, p, y, n] = /^(.+)〔(\d{4})〕(\d+)号$/u.exec(r.docNumber!)!;
    const forms = [r.docNumber!, `${p}〔${y}〕第${n}号`];
    for (const q of [`${p}[${y}]${n}号`, `${p}（${y}）第${n}号`, `${p} 【${y}】 ${n} 号`]) {
      await page.goto(search(q));
      const found = await allResults(page);
      expect(found[0], q).toBe(r.url);
      expect([...found].sort(), q).toEqual([...new Set([...urlsWithAll([forms]), r.url])].sort());
      await expect(page.locator('.search-result').first().locator('.search-exact-label')).toHaveText('发文字号或索引号完全相符');
    }
  }
});

test('filters alone list every document of a region and year, newest first', async ({ page }) => {
  const dated = (r: (typeof records)[number]) => r.dateWritten ?? r.datePublished ?? r.signature?.date ?? '';
  const records = corpusRecords();
  const region = records.find((r) => r.region && r.region !== '吉林省')!.region!;
  const year = dated(records.find((r) => r.region === region && dated(r))!).slice(0, 4);
  const expected = records
    .filter((r) => r.region === region && dated(r).startsWith(year))
    .sort((a, b) => dated(b).localeCompare(dated(a)));
  expect(expected.length).toBeGreaterThan(0);
  await page.goto(`${BASE}search/?region=${encodeURIComponent(region)}&year=${year}`);
  const found = await allResults(page);
  expect([...found].sort()).toEqual(expected.map((r) => r.url).sort());
  // Newest first: the dates of the listed documents never rise.
  const order = found.map((u) => dated(records.find((r) => r.url === u)!));
  expect(order).toEqual([...order].sort().reverse());
  await expect(page.locator('#search-status')).toHaveText(`找到 ${expected.length} 件文件`);
});

test('at 375 px the first result’s title is on the first screen after Enter', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(BASE);
  await page.locator('#site-search-q').fill('中医药');
  await page.keyboard.press('Enter');
  await settled(page);
  const box = (await page.locator('#search-results h2').first().boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(667);
});

test('back from a result deep in a long list restores its length and scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(search('中医药'));
  await settled(page);
  const more = page.locator('#search-more');
  for (let i = 0; i < 2; i++) {
    await more.click();
    await expect(page.locator('#search-results > li')).toHaveCount(10 * (i + 2));
  }
  const link = page.locator('.search-result h2 a').nth(25);
  await link.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => scrollY);
  await link.click();
  await expect(page).toHaveURL(/documents\//);
  await page.goBack();
  await settled(page);
  await expect(page.locator('#search-results > li')).toHaveCount(30);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(scrolled);
});
