/** The reader's and staff's journeys through a document page, on the site served under /archive/. */
import { expect, test } from '@playwright/test';
import { tocLabel } from '../../src/views/toc-label.ts';
import { isHighlighted, records, SITE_URL } from './page-helpers.ts';
import { BASE, watchRequests } from './support.ts';

test('a reader opens a document from the home page and moves through it by the table of contents', async ({ page }) => {
  const watch = watchRequests(page);
  const doc = records()
    .filter((r) => r.sections.length > 1)
    .sort((a, b) => a.source.localeCompare(b.source))[0]!;
  await page.goto(BASE);
  await page.locator(`main a[href="${doc.url}"]`).first().click();
  await expect(page.locator('h1')).toHaveText(doc.title);
  const toc = page.getByRole('navigation', { name: '目录' });
  // The contents list the top two levels of the section tree.
  await expect(toc.locator('a')).toHaveCount(doc.sections.reduce((n, s) => n + 1 + s.children.length, 0));
  // Top-level entries are the headings; second-level ones (often run-in sentences) their first clause.
  expect(await toc.locator('a').allTextContents()).toEqual(
    doc.sections.flatMap((s) => [s.heading, ...s.children.map((c) => tocLabel(c.heading))]),
  );
  for (const s of doc.sections) {
    await toc.locator(`a[href="#${s.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${doc.url}#${s.id}$`));
    const heading = page.locator(`#${s.id}`);
    await expect(heading).toBeInViewport();
    await expect(heading).toContainText(s.heading);
    expect(await isHighlighted(heading)).toBe(true);
  }
  expect(await page.locator('.doc-body h2').count()).toBe(doc.sections.length);
  expect(watch.failures).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('staff copy a section link and a citation, open the link in a fresh page and land on the section highlighted', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const doc = records().find((r) => r.source.startsWith('001'))!;
  const section = doc.sections[1]!;
  await page.goto(doc.url);
  await page.locator(`#${section.id} > a[href="#${section.id}"]`).click();
  await expect(page.locator('#pl-status')).toHaveText('已复制链接');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(`${SITE_URL}${doc.url}#${section.id}`);

  // The permalink opened the one menu of the page after its heading.
  await page.locator('.pl-menu').getByRole('button', { name: '复制引用' }).click();
  await expect(page.locator('#pl-status')).toHaveText('已复制引用');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  const t = new Date();
  const day = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  // The issue's own example of a citation, after GB/T 7714.
  expect(citation).toBe(
    `吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号: 第二部分[EB/OL]. (2022-06-28)[${day}]. ${url}`,
  );

  const fresh = await browser.newContext({ baseURL: process.env['E2E_ORIGIN']! });
  const other = await fresh.newPage();
  await other.goto(url.replace(SITE_URL, process.env['E2E_ORIGIN']!));
  const target = other.locator(`#${section.id}`);
  await expect(target).toBeInViewport();
  expect(await isHighlighted(target)).toBe(true);
  await fresh.close();
});

test('paragraph permalinks work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: process.env['E2E_ORIGIN']! });
  const page = await context.newPage();
  const doc = records().find((r) => r.sections.length > 1)!;
  await page.goto(doc.url);
  await expect(page.locator('.pl-menu')).toHaveCount(0);
  const para = page.locator('.doc-body p[id]').nth(2);
  const id = await para.getAttribute('id');
  await para.locator(`a[href="#${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  expect(await isHighlighted(para)).toBe(true);
  await context.close();
});

test('the print stylesheet hides navigation and keeps the document and its headings', async ({ page }) => {
  const doc = records().find((r) => r.sections.length > 1)!;
  await page.goto(doc.url);
  await page.emulateMedia({ media: 'print' });
  for (const selector of [
    '.site-header',
    '.breadcrumbs',
    '.toc',
    '.doc-links',
    '.cite-block',
    '.site-footer',
    '.doc-body p[id] > a',
    '.reading',
  ]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  // A heading's text is its permalink: it prints, without the # drawn after it.
  const heading = page.locator(`#${doc.sections[0]!.id} > a`);
  await expect(heading).toHaveText(doc.sections[0]!.heading);
  expect(await heading.evaluate((a) => getComputedStyle(a, '::after').display)).toBe('none');
  // Sizes and faces by GB/T 9704: tests/e2e/print.spec.ts.
});
