/**
 * Issue 19 in the browser: the phone-first document page (the text on the first screen, the
 * metadata condensed, contents collapsed, one tab stop per block, targets of 24 px), the
 * reading bar of a long document, the sticky contents beside the text on a wide screen, and
 * the permalink menu's citations.
 */
import { expect, test, type Page } from '@playwright/test';
import { records, SITE_URL } from './page-helpers.ts';
import { BASE } from './support.ts';

const seeds = () => records().filter((r) => /^00\d_/.test(r.source));

/** Top of the body's first line, in px from the top of the page, and the viewport's height. */
const firstLine = (page: Page) =>
  page.evaluate(() => {
    const first = document.querySelector('.doc-body > *, .doc-body > section > *')!;
    return first.getBoundingClientRect().top + scrollY;
  });

test('on a 375 × 812 phone the first line of every seed starts on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const r of seeds()) {
    await page.goto(r.url);
    const top = await firstLine(page);
    expect(top, r.slug).toBeLessThan(812 - 29);
  }
});

test('the metadata is one line of number · issuer · date, the full table and the contents one tap away', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const r = records().find((x) => x.slug === 'jl-yyzf-2017-1')!;
  await page.goto(r.url);
  await expect(page.locator('.doc-line > *')).toHaveText([
    '吉医药组发〔2017〕1号',
    '吉林省医药健康产业发展领导小组',
    '2017年4月20日',
  ]);
  expect(await page.locator('.doc-line > :nth-child(2)').evaluate((e) => getComputedStyle(e, '::before').content)).toBe(
    '"·" / ""',
  );
  const table = page.locator('.doc-info dl');
  await expect(table).toBeHidden();
  await page.getByText('文件信息').click();
  await expect(table).toBeVisible();
  await expect(table.locator('dt')).toHaveText(['分类', '发文机关', '成文日期', '发文字号', '主送', '附件', '原文']);
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.locator('a').first()).toBeHidden();
  await toc.getByText('目录').click();
  await expect(toc.locator('a').first()).toBeVisible();
});

test('a document without a date says 日期不详 and has no neighbours by date', async ({ page }) => {
  const r = records().find((x) => x.slug === 'sc-wjw-jkpyxzsc-478862')!;
  await page.goto(r.url);
  await expect(page.locator('.doc-line')).toContainText('日期不详');
  await expect(page.locator('.prev-next')).toHaveCount(0);
  // The 2017 notice is the oldest dated seed: it has a newer neighbour and no older one.
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/`);
  await expect(page.locator('[rel="prev"]')).toHaveCount(0);
  await expect(page.locator('[rel="next"]')).toHaveAttribute('href', `${BASE}documents/jl-wfyz-2020-49/`);
});

test('keyboard: at most one tab stop per block of the body, none of them smaller than 24 × 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const r of seeds()) {
    await page.goto(r.url);
    const { blocks, stops, small } = await page.evaluate(() => {
      const focusable = 'a[href], button, input, select, summary, [tabindex]';
      const body = document.querySelector('.doc-body')!;
      const blocks = body.querySelectorAll('p, h2, h3, h4, h5, h6');
      const stops = body.querySelectorAll(focusable);
      const small = [...stops]
        .filter((el) => {
          const b = el.getBoundingClientRect();
          return b.width < 24 || b.height < 24;
        })
        .map((el) => el.outerHTML);
      const perBlock = Math.max(...[...blocks].map((b) => b.querySelectorAll(focusable).length));
      return { blocks: blocks.length, stops: stops.length, small, perBlock };
    });
    expect(stops, r.slug).toBeLessThanOrEqual(blocks);
    expect(small, r.slug).toEqual([]);
  }
});

test('the 2017 notice: tab stops before the first body text are few', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/`);
  const before = await page.evaluate(() => {
    const first = document.querySelector('.doc-body')!;
    return [...document.querySelectorAll('a[href], button, input, select, summary')].filter(
      (el) => el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING && el.checkVisibility(),
    ).length;
  });
  // skip link, site name, four sections, search box and button, two crumbs, two summaries, one issuer
  expect(before).toBeLessThanOrEqual(13);
});

test('a permalink opens one menu whose buttons copy the citation and the link of that paragraph', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const r = records().find((x) => x.slug === 'jl-kfy-2022-97')!;
  const today = new Date();
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await page.goto(r.url);
  const para = page.locator('#s2-p1');
  await para.getByRole('link', { name: '本段链接' }).click();
  await expect(page.locator('#pl-status')).toHaveText('已复制链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}${r.url}#s2-p1`);
  await expect(page.locator('.pl-menu')).toHaveCount(1);
  await page.locator('.pl-menu').getByRole('button', { name: '复制引用' }).click();
  await expect(page.locator('#pl-status')).toHaveText('已复制引用');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号: 第二部分第1段[EB/OL]. (2022-06-28)[${day}]. ${SITE_URL}${r.url}#s2-p1`,
  );
  // Another permalink moves the one menu.
  await page.locator('#s1 > a').click();
  await expect(page.locator('.pl-menu')).toHaveCount(1);
  await page.locator('.pl-menu').getByRole('button', { name: '复制引用' }).click();
  await expect(page.locator('#pl-status')).toHaveText('已复制引用');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号: 第一部分[EB/OL]. (2022-06-28)[${day}]. ${SITE_URL}${r.url}#s1`,
  );
});

test('a section of the attached plan is cited as the attachment’s; the reply with 《》 in its title nests them as 〈〉', async ({
  page,
}) => {
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/#s4-1`);
  await expect(page.locator('#cite-plain')).toContainText(
    '吉林省医药健康产业发展领导小组. 关于印发〈吉林省医药健康产业“十三五” 发展规划〉的通知: 吉医药组发〔2017〕1号: 附件《吉林省医药健康产业“十三五”发展规划》第四部分（一）[EB/OL]. (2017-04-20)[',
  );
  await page.goto(`${BASE}documents/jl-wfyz-2020-49/`);
  await expect(page.locator('#cite-plain')).toContainText(
    '吉林省卫生健康委员会. 对刘晓峰委员关于〈加快推动大健康产业联盟五大平台建设〉提案的答复: 吉卫复议字〔2020〕49号[EB/OL]. (2020-09-14)[',
  );
  await expect(page.locator('#cite-bibtex')).toBeHidden();
  await page.locator('.cite-bib summary').click();
  await expect(page.locator('#cite-bibtex')).toContainText('@misc{jl-wfyz-2020-49,');
});

test('a long document has a back-to-top link and names the section in view; the contents mark it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/`);
  const bar = page.getByRole('navigation', { name: '阅读位置' });
  await expect(bar.getByRole('link', { name: '回到顶部' })).toBeVisible();
  await page.locator('#s3').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('s3')!.scrollIntoView());
  await expect(bar.locator('.now')).toHaveText('三、指导思想、基本原则和发展目标');
  await expect(page.locator('.toc a[aria-current="location"]')).toHaveAttribute('href', '#s3');
  await bar.getByRole('link', { name: '回到顶部' }).click();
  await expect(page.locator('h1')).toBeInViewport();
  // A short document has no bar.
  await page.goto(`${BASE}documents/jl-kfy-2022-97/`);
  await expect(page.locator('.reading')).toHaveCount(0);
});

test('on a 1280 px screen the contents stand open beside the text and stay in view while it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/`);
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.locator('a').first()).toBeVisible();
  const text = await page.locator('.doc-body').boundingBox();
  const side = await toc.boundingBox();
  expect(side!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
  await page.evaluate(() => document.getElementById('s5')!.scrollIntoView());
  const after = await toc.boundingBox();
  expect(after!.y).toBeGreaterThanOrEqual(-1);
  expect(after!.y).toBeLessThan(10);
});

test('headings of each level look different, and 第207号 or a 发文字号 never breaks across lines on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/`);
  const looks = await page.evaluate(() =>
    ['h2', 'h3', 'h4'].map((h) => {
      const s = getComputedStyle(document.querySelector(`.doc-body ${h}`)!);
      return `${s.fontSize} ${s.fontWeight} ${s.borderBottomWidth}`;
    }),
  );
  expect(new Set(looks).size, looks.join(' | ')).toBe(3);
  for (const slug of ['jl-kfy-2023-102', 'jl-kfy-2022-97']) {
    await page.goto(`${BASE}documents/${slug}/`);
    const kept = page.locator('h1 .nw, .doc-line .nw');
    expect(await kept.count()).toBeGreaterThan(0);
    for (const lines of await kept.evaluateAll((els) => els.map((e) => e.getClientRects().length))) expect(lines).toBe(1);
  }
  await expect(page.locator('h1 .nw')).toHaveText('第224号');
});
