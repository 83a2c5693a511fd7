/** Department and topic pages: only the roles a body has documents in, visible feed links, indexes a reader can navigate. */
import { expect, test } from '@playwright/test';
import type { Department, Topic } from '../../src/schema/registry.ts';
import { records, registry } from './page-helpers.ts';
import { BASE } from './support.ts';

test('a department page shows only the roles it has documents in and a visible 订阅 link', async ({ page }) => {
  const dept = registry<Department>('departments.yaml').find((d) => d.name === '吉林省卫生健康委员会')!;
  await page.goto(`${BASE}departments/${dept.slug}/`);
  // The seeds: 000 is issued by it and names it before its first section only (listed under 发文
  // alone: a 提及 row would have no section to link to), 002 mentions it; no seed copies or addresses it.
  await expect(page.locator('main h2')).toHaveText(['发文（1 件）', '提及（1 件）']);
  await expect(page.locator('main', { hasText: '（0 件）' })).toHaveCount(0);
  const feed = page.locator('main a', { hasText: '订阅本部门文件' });
  await expect(feed).toBeVisible();
  await expect(feed).toHaveAttribute('href', `${BASE}feeds/departments/${dept.slug}.xml`);
});

test('the departments index jumps to each region and counts the documents its bodies issued', async ({ page }) => {
  await page.goto(`${BASE}departments/`);
  const jumps = page.locator('nav.jump a');
  await expect(jumps).toHaveText(['国家', '吉林省', '四川省']);
  for (const a of await jumps.all()) {
    const id = (await a.getAttribute('href'))!.slice(1);
    await expect(page.locator(`h2#${id}`)).toHaveCount(1);
  }
  // 吉林省: 000 (卫生健康委员会), 001 and 002 (科学技术厅), 003 (领导小组); 四川省: 004 and the
  // hostile-text fixture (卫生健康委员会).
  await expect(page.locator('h2#r-jilin .n')).toHaveText('（发文 4 件）');
  await expect(page.locator('h2#r-sichuan .n')).toHaveText('（发文 2 件）');
});

test("the topic index follows the taxonomy's order, and a topic page has a visible 订阅 link", async ({ page }) => {
  const taxonomy = registry<Topic>('topics.yaml');
  await page.goto(`${BASE}topics/`);
  const shown = await page
    .locator('main h2 a, main h2')
    .evaluateAll((els) => els.filter((e) => e.tagName === 'H2').map((e) => e.textContent.replace(/（\d+）/, '').trim()));
  expect(shown).toEqual(taxonomy.filter((t) => t.parent === undefined).map((t) => t.name));
  const filed = records().find((r) => r.topics.length > 0)!;
  const slug = filed.topics[0]!.slug;
  await page.goto(`${BASE}topics/${slug}/`);
  const feed = page.locator('main a', { hasText: '订阅本主题文件' });
  await expect(feed).toBeVisible();
  await expect(feed).toHaveAttribute('href', `${BASE}feeds/topics/${slug}.xml`);
});
