/**
 * Issue 19 in lists and feeds: replies carry their proposal's title and number wherever they are
 * listed, undated documents say so and come last, the browse indexes resolve, feeds label their
 * categories in Chinese and date no entry with another's date, and section links read 二（一）.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, siteDir } from './support.ts';

const PROPOSAL_224 = '提案《关于打造吉林省生物医药产业高质量发展高地的建议》（第224号）';

test('a reply shows its proposal under its title in lists, under its h1 and beside previous/next', async ({ page }) => {
  await page.goto(BASE);
  const row = page.locator('.doc-list li', { has: page.locator(`a[href="${BASE}documents/jl-kfy-2022-97/"]`) });
  await expect(row.locator('p')).toHaveText(PROPOSAL_224);
  await page.goto(`${BASE}documents/jl-kfy-2022-97/`);
  await expect(page.locator('.doc-subtitle')).toHaveText(PROPOSAL_224);
  // The 2023 reply's previous document by date is the 2022 reply.
  await page.goto(`${BASE}documents/jl-kfy-2023-102/`);
  await expect(page.locator('[rel="prev"]')).toContainText(PROPOSAL_224);
  await page.goto(`${BASE}browse/type/reply/`);
  await expect(page.locator('.doc-list p')).toHaveText([
    '提案《关于加强吉澳中医药合作共同打造中医药产业发展中心的建议》（第207号）',
    PROPOSAL_224,
    '提案《关于加快推动大健康产业联盟五大平台建设的建议》',
  ]);
});

test('an undated document is listed last and says 日期不详; the year index counts it under 日期不详', async ({ page }) => {
  await page.goto(`${BASE}browse/region/sichuan/`);
  await expect(page.locator('.doc-list li > div:not(:has(a))').last()).toHaveText('四川省卫生健康委员会 · 日期不详');
  await page.goto(`${BASE}browse/year/`);
  await expect(page.locator('h1')).toHaveText('按年份浏览');
  await expect(page.locator('main li')).toHaveText([
    '2024年 1 件',
    '2023年 1 件',
    '2022年 1 件',
    '2020年 1 件',
    '2017年 1 件',
    '日期不详 1 件',
  ]);
  for (const by of ['type', 'region']) {
    const res = await page.goto(`${BASE}browse/${by}/`);
    expect(res!.status()).toBe(200);
  }
});

test('feed entries label topics in Chinese, put a reply’s proposal in its title and give an undated entry no published date', () => {
  const xml = readFileSync(join(siteDir, 'feeds/documents.xml'), 'utf8');
  expect(xml).toContain(
    '<title>对省政协十二届五次会议第224号委员提案的答复——提案《关于打造吉林省生物医药产业高质量发展高地的建议》（第224号）</title>',
  );
  // 卫生、体育\医药管理 in content/topics.yaml (the 2017 notice on 医药健康产业 is filed under it).
  expect(xml).toMatch(/<category term="wsty-yygl" label="医药管理"\/>/);
  const undated = xml.split('<entry>').find((e) => e.includes('documents/sc-wjw-jkpyxzsc-478862/'))!;
  expect(undated).not.toContain('<published>');
});

test('section links in lists read as readers say them, 二（一）, never 第五部分一是', async ({ page }) => {
  await page.goto(`${BASE}topics/`);
  const first = page.locator('main a[href*="topics/"]').first();
  await first.click();
  const labels = await page.locator('.doc-list div a').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const l of labels) expect(l, l).toMatch(/^[一二三四五六七八九十]+(、|（[一二三四五六七八九十]+）|\d+|$)/);
  expect(labels.join(' ')).not.toContain('部分');
});
