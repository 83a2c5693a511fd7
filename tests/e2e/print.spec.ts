/**
 * Printing a document as an official document (GB/T 9704): Chromium renders the page to PDF,
 * pdftotext (poppler-utils) reads its text back, and the parts must come in the standard's order.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE } from './support.ts';

/** The PDF's text, page by page, whitespace removed (a CJK line may be cut anywhere). */
async function printedPages(page: import('@playwright/test').Page, path: string): Promise<string[]> {
  await page.goto(path);
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', displayHeaderFooter: false }));
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text.status, text.stderr).toBe(0);
  return text.stdout.split('\f').map((p) => p.replace(/\s+/g, ''));
}

/** Where each part starts in `text`; -1 when it is missing. */
const positions = (text: string, parts: string[]) => parts.map((p) => text.indexOf(p.replace(/\s+/g, '')));

test('the notice prints 版头, 发文字号, title, 主送, text, signature and date in order, and its 附件 on a new page', async ({
  page,
}) => {
  const pages = await printedPages(page, `${BASE}documents/jl-yyzf-2017-1/`);
  const first = pages[0]!;
  const order = positions(first, [
    '吉林省医药健康产业发展领导小组文件',
    '吉医药组发〔2017〕1号',
    '关于印发《吉林省医药健康产业“十三五”发展规划》的通知',
    '省医药健康产业发展领导小组各成员单位',
    '为推进我省医药健康产业发展',
    '认真组织实施。吉林省医药健康产业发展领导小组',
    '2017年4月20日',
  ]);
  expect(
    order.every((p) => p >= 0),
    JSON.stringify(order),
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // The 附件 starts a page of its own, under its label, then its title.
  const attached = pages.findIndex((p) => p.startsWith('附件吉林省医药健康产业“十三五”发展规划'));
  expect(attached).toBeGreaterThan(0);
  expect(pages[attached - 1]).not.toContain('“十二五”发展回顾');
  // Page numbers, the source and the print date in the footer; no navigation.
  expect(first).toContain('—1—');
  expect(first).toContain(
    `来源：${process.env['E2E_ORIGIN']}${BASE}documents/jl-yyzf-2017-1/`
      .replace('http://127.0.0.1', 'https://archive.example.org')
      .replace(/:\d+\//, '/'),
  );
  expect(first).toMatch(/打印日期：\d{4}-\d{2}-\d{2}/);
  for (const chrome of ['跳到正文', '引用本文', '文件信息', '关联信息', '上一篇', '回到顶部'])
    expect(pages.join(''), chrome).not.toContain(chrome);
});

test('a reply prints its 发文字号 above its title, and its signature on the page of its last paragraph', async ({ page }) => {
  const pages = await printedPages(page, `${BASE}documents/jl-wfyz-2020-49/`);
  const all = pages.join('');
  const order = positions(all, [
    '吉卫复议字〔2020〕49号',
    '对刘晓峰委员关于《加快推动大健康产业联盟五大平台建设》提案的答复',
    '刘晓峰委员：',
  ]);
  expect(
    order.every((p) => p >= 0),
    JSON.stringify(order),
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // The signature and date share a page with the end of the last paragraph.
  const signed = pages.find((p) => p.includes('2020年9月14日'))!;
  expect(signed).toContain('为我省健康产业发展提供强有力的金融驱动。吉林省卫生健康委员会2020年9月14日');
});

test('print sizes follow GB/T 9704: title 22 pt, text 16 pt, headings 16 pt in 黑体 then 楷体', async ({ page }) => {
  await page.goto(`${BASE}documents/jl-yyzf-2017-1/`);
  await page.emulateMedia({ media: 'print' });
  const css = await page.evaluate(() => {
    const at = (s: string) => getComputedStyle(document.querySelector(s)!);
    return {
      title: parseFloat(at('h1').fontSize),
      text: parseFloat(at('.doc-body p[id]').fontSize),
      h2: parseFloat(at('.doc-body h2').fontSize),
      h3: parseFloat(at('.doc-body h3').fontSize),
      faces: ['h1', '.doc-body p[id]', '.doc-body h2', '.doc-body h3'].map((s) => at(s).fontFamily.split(',')[0]),
    };
  });
  // 22 pt and 16 pt in CSS pixels (1 pt = 4/3 px).
  expect(css.title).toBeCloseTo((22 * 4) / 3, 2);
  expect(css.text).toBeCloseTo((16 * 4) / 3, 2);
  expect(css.h2).toBeCloseTo((16 * 4) / 3, 2);
  expect(css.h3).toBeCloseTo((16 * 4) / 3, 2);
  // 小标宋 for the title, 仿宋 for the text, 黑体 and 楷体 for the first two heading levels.
  expect(css.faces).toEqual(['FZXiaoBiaoSong-B05S', 'FangSong_GB2312', 'SimHei', 'KaiTi_GB2312']);
});
