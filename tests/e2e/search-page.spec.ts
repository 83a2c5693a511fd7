/**
 * The search page as people use it (issue 18), on the seeds: results before filters, the query
 * language, browsing by filters alone, help when nothing is found, the result layout, the back
 * button and the page without JavaScript. Expected documents come from the substring oracle
 * over the sources (sourcesContaining) or the built records, never from the search code.
 */
import { expect, test, type Page } from '@playwright/test';
import { BASE, builtRecords, searchFor, sourcesContaining } from './support.ts';

interface Record {
  source: string;
  url: string;
  title: string;
  region: string | null;
  docType: string;
  docNumber: string | null;
  indexNumber: string | null;
  dateWritten: string | null;
}
const records = () => builtRecords() as unknown as Record[];
const urlOf = (source: string) => records().find((r) => r.source === source)!.url;
const urlsContaining = (q: string) => sourcesContaining(q).map(urlOf).sort();
const both = (a: string[], b: string[]) => a.filter((x) => b.includes(x));
const search = (q: string) => `${BASE}search/?q=${encodeURIComponent(q)}`;

async function settled(page: Page): Promise<void> {
  await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
}
const resultPaths = (page: Page) =>
  page
    .locator('#search-results .search-result h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

for (const [width, height] of [
  [375, 667],
  [1280, 720],
] as const) {
  test(`at ${width} px, Enter in the header box shows the first result's title without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(BASE);
    await page.locator('#site-search-q').fill('中医药');
    await page.keyboard.press('Enter');
    await settled(page);
    const title = page.locator('#search-results .search-result h2').first();
    const box = (await title.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // Filters are folded under 筛选 on a phone, open beside the results on a wide screen.
    await expect(page.locator('#search-panel')).toHaveJSProperty('open', width === 1280);
  });
}

test('filter counts are for the current query; values without documents are not offered', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(search('大健康'));
  await settled(page);
  const found = urlsContaining('大健康');
  const regions = page.locator('fieldset', { has: page.locator('legend', { hasText: '地区' }) });
  const jilin = records().filter((r) => r.region === '吉林省' && found.includes(r.url)).length;
  const sichuan = records().filter((r) => r.region === '四川省' && found.includes(r.url)).length;
  expect([jilin, sichuan]).toEqual([2, 0]);
  await expect(regions.locator('label')).toHaveText([`吉林省 (2)`]);
});

test('words separated by a space must all occur', async ({ page }) => {
  expect((await searchFor(page, '吉林 中医药')).sort()).toEqual(both(urlsContaining('吉林'), urlsContaining('中医药')));
  expect((await searchFor(page, '中医药　人才')).sort()).toEqual(both(urlsContaining('中医药'), urlsContaining('人才')));
});

test('a quoted phrase keeps its words together; -词 leaves out what contains it', async ({ page }) => {
  expect((await searchFor(page, '"健康 吉林"')).sort()).toEqual(urlsContaining('健康吉林'));
  const sichuan = urlsContaining('四川');
  expect((await searchFor(page, '医药 -四川')).sort()).toEqual(urlsContaining('医药').filter((u) => !sichuan.includes(u)));
});

test('full-width digits find the half-width ones', async ({ page }) => {
  expect((await searchFor(page, '２０２０年')).sort()).toEqual(urlsContaining('2020年'));
});

test('a 发文字号 in any brackets, with 第 or spaces, finds its document first, marked as the exact match', async ({ page }) => {
  const numbered = records().filter((r) => r.docNumber);
  expect(numbered.length).toBe(5);
  for (const r of numbered) {
    const m = /^(.*)〔(\d{4})〕(\d+)号$/u.exec(r.docNumber!)!;
    for (const q of [
      `${m[1]}[${m[2]}]${m[3]}号`,
      `${m[1]}(${m[2]})${m[3]}号`,
      `${m[1]}（${m[2]}）第${m[3]}号`,
      `${m[1]}【${m[2]}】${m[3]}号`,
      `${m[1]} 〔${m[2]}〕 第 ${m[3]} 号`,
    ]) {
      await page.goto(search(q));
      await settled(page);
      expect((await resultPaths(page))[0], q).toBe(r.url);
      await expect(page.locator('.search-result').first()).toContainText('发文字号或索引号完全相符');
    }
  }
});

test('吉卫复议字[2020]49号 and 吉卫复议字〔2020〕第49号 find the 2020 reply', async ({ page }) => {
  for (const q of ['吉卫复议字[2020]49号', '吉卫复议字(2020)49号', '吉卫复议字〔2020〕第49号'])
    expect(await searchFor(page, q)).toEqual([`${BASE}documents/jl-wfyz-2020-49/`]);
});

test('a 索引号 finds its document, marked as the exact match', async ({ page }) => {
  expect(await searchFor(page, '11220000MB1519656C/2020-11206')).toEqual([`${BASE}documents/jl-wfyz-2020-49/`]);
  await expect(page.locator('.search-exact-label')).toHaveText('发文字号或索引号完全相符');
});

test('one character searches titles and 发文字号', async ({ page }) => {
  const expected = records()
    .filter((r) => (r.title + (r.docNumber ?? '')).includes('医'))
    .map((r) => r.url)
    .sort();
  expect(expected).toHaveLength(3);
  expect((await searchFor(page, '医')).sort()).toEqual(expected);
});

test('filters alone list every matching document, newest first, and the URL reopens the list', async ({ page }) => {
  await page.goto(`${BASE}search/?region=${encodeURIComponent('吉林省')}`);
  await settled(page);
  const expected = records()
    .filter((r) => r.region === '吉林省')
    .sort((a, b) => (b.dateWritten ?? '').localeCompare(a.dateWritten ?? ''))
    .map((r) => r.url);
  expect(expected).toHaveLength(4);
  expect(await resultPaths(page)).toEqual(expected);
  await expect(page.locator('#search-status')).toHaveText('找到 4 件文件');
  const group = (legend: string) => page.locator('fieldset', { has: page.locator('legend', { hasText: legend }) });
  await expect(group('地区').getByRole('checkbox', { name: /^吉林省/ })).toBeChecked();
  await group('文种').getByRole('checkbox', { name: /^答复/ }).check();
  await expect(page).toHaveURL(`${BASE}search/?region=${encodeURIComponent('吉林省')}&type=${encodeURIComponent('答复')}`);
  await expect(page.locator('#search-status')).toHaveText('找到 3 件文件');
});

test('a word that finds nothing is named, with the query without it and the browse pages', async ({ page }) => {
  await page.goto(search('吉林 数字经济'));
  await settled(page);
  await expect(page.locator('#search-status')).toHaveText('没有找到符合条件的文件');
  const help = page.locator('#search-help');
  await expect(help).toContainText('没有文件包含「数字经济」。');
  await expect(help.getByRole('link', { name: '吉林', exact: true })).toHaveAttribute(
    'href',
    `${BASE}search/?q=%E5%90%89%E6%9E%97`,
  );
  for (const [name, href] of [
    ['按文种浏览', `${BASE}browse/#by-type`],
    ['按地区浏览', `${BASE}browse/#by-region`],
    ['按年份浏览', `${BASE}browse/#by-year`],
  ] as const)
    await expect(help.getByRole('link', { name })).toHaveAttribute('href', href);
});

test('a query in traditional characters is offered in simplified ones', async ({ page }) => {
  await page.goto(search('關於 醫藥'));
  await settled(page);
  await expect(page.locator('#search-help').getByRole('link', { name: '关于 医药' })).toHaveAttribute(
    'href',
    `${BASE}search/?q=${encodeURIComponent('关于 医药').replace(/%20/g, '+')}`,
  );
});

test('a result shows the lists’ meta line, its title hit marked in the title, not as an excerpt', async ({ page }) => {
  await page.goto(search('大健康'));
  await settled(page);
  const first = page.locator('.search-result').first();
  await expect(first.locator('h2 mark')).toHaveText('大健康');
  await expect(first.locator('.doc-meta')).toHaveText('吉林省卫生健康委员会 · 2020年9月14日 · 吉卫复议字〔2020〕49号');
  for (const text of await first.locator('.search-excerpt').allTextContents()) expect(text).not.toContain('吉卫复议字');
});

test('at most three sections are listed under a result, named after their parents, then how many more', async ({ page }) => {
  await page.goto(search('经济效益快速增长'));
  await settled(page);
  await expect(page.locator('.search-sections a').first()).toHaveText('一（一）经济效益快速增长。');
  await page.goto(search('医药'));
  await settled(page);
  const plan = page.locator('.search-result', { has: page.locator(`a[href^="${BASE}documents/jl-yyzf-2017-1/"]`) });
  await expect(plan.locator('.search-sections > li')).toHaveCount(3);
  await expect(plan.locator('.search-more-hits')).toHaveText(/^另有 \d+ 处$/);
  for (const excerpt of await plan.locator('.search-sections .search-excerpt').all())
    await expect(excerpt.locator('mark').first()).toHaveText('医药');
});

test('the header box on the search page shows the query', async ({ page }) => {
  await page.goto(search('人才'));
  await settled(page);
  await expect(page.locator('#site-search-q')).toHaveValue('人才');
});

test('back from a result restores the list and its scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(search('医药'));
  await settled(page);
  const count = await page.locator('.search-result').count();
  const last = page.locator('.search-result h2 a').last();
  await last.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => scrollY);
  expect(scrolled).toBeGreaterThan(300);
  await last.click();
  await expect(page).toHaveURL(/documents\//);
  await page.goBack();
  await settled(page);
  await expect(page.locator('.search-result')).toHaveCount(count);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(scrolled);
});

test('?hl= scrolls to the first hit in the text', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/?hl=${encodeURIComponent('保障措施')}`);
  const first = page.locator('.doc-body mark').first();
  await expect(first).toHaveText('保障措施');
  await expect(first).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
});

test('the hit marker is fetched only by a page opened from a search result', async ({ page }) => {
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()!));
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/`);
  expect((await fetched()).filter((f) => f.startsWith('mark-page-hits'))).toEqual([]);
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/?hl=${encodeURIComponent('保障措施')}`);
  await expect(page.locator('.doc-body mark').first()).toHaveText('保障措施');
  expect((await fetched()).filter((f) => f.startsWith('mark-page-hits'))).toHaveLength(1);
});

test('without JavaScript the page links the browse pages by type, region and year and the full list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(search('医药'));
  const box = page.locator('.search-nojs');
  await expect(box).toContainText('搜索需要启用 JavaScript');
  await expect(box.getByRole('link', { name: '全部文件清单' })).toHaveAttribute('href', `${BASE}data/`);
  await expect(box.getByRole('link', { name: '答复' })).toHaveAttribute('href', `${BASE}browse/type/reply/`);
  await expect(box.getByRole('link', { name: '四川省' })).toHaveAttribute('href', /browse\/region\//);
  await expect(box.getByRole('link', { name: '2020' })).toHaveAttribute('href', `${BASE}browse/year/2020/`);
  await context.close();
});

test('filters that no document meets say so and offer the browse pages', async ({ page }) => {
  const both = records().filter((r) => r.region === '吉林省' && r.dateWritten?.startsWith('2024'));
  expect(both).toEqual([]);
  await page.goto(`${BASE}search/?region=${encodeURIComponent('吉林省')}&year=2024`);
  await settled(page);
  await expect(page.locator('#search-status')).toHaveText('没有符合筛选条件的文件');
  await expect(page.locator('#search-help')).not.toContainText('每个词');
  await expect(page.locator('#search-help').getByRole('link', { name: '按年份浏览' })).toBeVisible();
});
