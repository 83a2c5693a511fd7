/**
 * Issue 6 in the browser: canonical and preview tags on every page, JSON-LD on document
 * pages, the 引用本文 block with and without JavaScript, feed links and the 数据 page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, builtHtmlPages, records, SITE, siteDir } from './open-data-support.ts';

/** The GB/T 7714 citation the server prints (no access date: only the browser knows it), written out from a record's fields. */
const printed = (r: ReturnType<typeof records>[number]) => {
  const date = r.dateWritten ?? r.datePublished;
  const title = r.title.replace(/《/g, '〈').replace(/》/g, '〉');
  const issuers = [r.issuer, ...r.coIssuers].filter(Boolean).join('，');
  return `${issuers ? `${issuers}. ` : ''}${title}${r.docNumber ? `: ${r.docNumber}` : ''}[EB/OL]. ${date ? `(${date}). ` : ''}${SITE}${r.url}`;
};

const meta = (page: import('@playwright/test').Page, attr: 'property' | 'name', key: string) =>
  page.locator(`meta[${attr}="${key}"]`).getAttribute('content');

test('every page has a canonical URL and preview tags under SITE_URL and the sub-path', async ({ page }) => {
  // Every built page, one after another: the head is all this test reads.
  test.setTimeout(180_000);
  const pages = builtHtmlPages().filter((p) => p !== `${BASE}404.html`);
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    // One round trip per page: the head's tags as the browser parsed them.
    const head = await page.evaluate(() => {
      const m = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
      return {
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        url: m('meta[property="og:url"]'),
        site: m('meta[property="og:site_name"]'),
        card: m('meta[name="twitter:card"]'),
        hasTitle: !!m('meta[property="og:title"]'),
        hasDescription: !!m('meta[property="og:description"]'),
      };
    });
    const canonical = `${SITE}${path}`;
    expect(head, path).toEqual({
      canonical,
      url: canonical,
      site: '政策文库',
      card: 'summary',
      hasTitle: true,
      hasDescription: true,
    });
  }
});

test('document pages preview with their own title and the opening of their text', async ({ page }) => {
  for (const r of records()) {
    await page.goto(r.url);
    const data = JSON.parse(readFileSync(join(siteDir, `data/documents/${r.slug}.json`), 'utf8')) as {
      body: string;
      blocks: { kind?: string; level?: number; lineKind?: string; part?: number }[];
    };
    // Block i is line i of the body; a paragraph has no kind, level or lineKind; a block's part,
    // left out, is the block before's (0 at first).
    let part = 0;
    const isPara = (b: (typeof data.blocks)[number]) =>
      (b.kind ?? (b.level ? 'heading' : b.lineKind ? 'line' : 'para')) === 'para';
    const first = data.blocks.findIndex((b) => (part = b.part ?? part) === 0 && isPara(b));
    const opening = data.body.split('\n')[first]!.replace(/\s+/g, '');
    expect(await meta(page, 'property', 'og:title')).toBe(r.title);
    expect(await meta(page, 'property', 'og:type')).toBe('article');
    const description = (await meta(page, 'property', 'og:description'))!;
    expect(opening.startsWith(description.replace(/…$/, '')) || description.startsWith(opening), r.slug).toBe(true);
    // X falls back to og:title and og:description; the twitter: copies are not sent.
    expect(await page.locator('meta[name="twitter:title"], meta[name="twitter:description"]').count()).toBe(0);
  }
});

test('each document page carries one JSON-LD object with its number, dates and publisher', async ({ page }) => {
  for (const r of records()) {
    await page.goto(r.url);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts, r.slug).toHaveLength(1);
    const ld = JSON.parse(scripts[0]!) as Record<string, unknown>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['identifier']).toBe(r.docNumber ?? undefined);
    expect(ld['dateCreated']).toBe(r.dateWritten ?? undefined);
    expect(ld['datePublished']).toBe(r.datePublished ?? undefined);
    expect(ld['url']).toBe(`${SITE}${r.url}`);
    expect(ld['name']).toBe(r.title);
    expect(ld['publisher']).toEqual(r.issuer ? { '@type': 'GovernmentOrganization', name: r.issuer } : undefined);
    expect(ld['isPartOf']).toEqual({ '@type': 'WebSite', name: '政策文库', url: `${SITE}${BASE}` });
  }
});

test('the citation reads without JavaScript; the controls and BibTeX, which need the script, are not shown as empty shells', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const r of records()) {
    await page.goto(r.url);
    await expect(page.getByRole('heading', { name: '引用本文' })).toBeVisible();
    await expect(page.locator('#cite-plain')).toHaveText(printed(r));
    await expect(page.locator('.cite-block button')).toHaveCount(0);
    // The script adds them; the page does not carry them.
    await expect(page.locator('#cite-scope')).toHaveCount(0);
    await expect(page.locator('#cite-bibtex, .cite-bib')).toHaveCount(0);
  }
  await context.close();
});

test('with JavaScript the block offers BibTeX of the whole document', async ({ page }) => {
  for (const r of records()) {
    await page.goto(r.url);
    await expect(page.locator('#cite-bibtex')).toContainText(`@misc{${r.slug},`);
    await expect(page.locator('#cite-bibtex')).toContainText(`url = {${SITE}${r.url}}`);
  }
});

test('a malformed fragment leaves the whole-document citation and BibTeX, with no script error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const r = records().find((x) => x.slug === 'jl-kfy-2022-97')!;
  const t = new Date();
  const day = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  await page.goto(`${r.url}#%E0%A4%A`);
  await expect(page.locator('#cite-bibtex')).toContainText(`@misc{${r.slug},`);
  await expect(page.locator('#cite-plain')).toHaveText(
    `吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号[EB/OL]. (2022-06-28)[${day}]. ${SITE}${r.url}`,
  );
  expect(errors).toEqual([]);
});

test('the citation follows the section in the fragment and the scope menu, and dates the access', async ({ page }) => {
  const r = records().find((x) => x.slug === 'jl-kfy-2022-97')!;
  const t = new Date();
  const day = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  const head = '吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号';
  await page.goto(`${r.url}#s2`);
  await expect(page.locator('#cite-plain')).toHaveText(`${head}: 第二部分[EB/OL]. (2022-06-28)[${day}]. ${SITE}${r.url}#s2`);
  await expect(page.locator('#cite-bibtex')).toContainText('note = {第二部分}');
  await page.getByLabel('引用范围').selectOption('s1');
  await expect(page.locator('#cite-plain')).toHaveText(`${head}: 第一部分[EB/OL]. (2022-06-28)[${day}]. ${SITE}${r.url}#s1`);
  await page.getByLabel('引用范围').selectOption('');
  await expect(page.locator('#cite-plain')).toHaveText(`${head}[EB/OL]. (2022-06-28)[${day}]. ${SITE}${r.url}`);
  await expect(page.locator('#cite-bibtex')).not.toContainText('note = ');
});

test('the copy button puts the citation on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: process.env['E2E_ORIGIN']! });
  const r = records().find((x) => x.slug === 'jl-kfy-2022-97')!;
  await page.goto(r.url);
  await page.getByRole('button', { name: '复制引文' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-plain').textContent());
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^吉林省科学技术厅\. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号\[EB\/OL\]\. \(2022-06-28\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/archive\.example\.org\/archive\/documents\/jl-kfy-2022-97\/$/,
  );
});

test('a document page loads at most 5 KB of JavaScript', async ({ page }) => {
  for (const r of records()) {
    await page.goto(r.url);
    const sizes = await page.evaluate(() => {
      const inline = [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !/json/.test((s as HTMLScriptElement).type))
        .map((s) => new Blob([s.textContent]).size);
      // Every script file the page fetched, the modules its scripts import included.
      const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
        new URL(e.name).pathname.endsWith('.js'),
      );
      return {
        inline,
        files: fetched.map((e) => e.decodedBodySize),
        fetched: fetched.map((e) => new URL(e.name).pathname),
        sources: [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).pathname),
      };
    });
    // The sum sees every script the page runs: it has some, and each file it names was fetched.
    expect(sizes.inline.length + sizes.files.length, r.slug).toBeGreaterThan(0);
    for (const src of sizes.sources) expect(sizes.fetched, r.slug).toContain(src);
    expect(
      [...sizes.inline, ...sizes.files].reduce((a, b) => a + b, 0),
      r.slug,
    ).toBeLessThanOrEqual(5 * 1024);
  }
});

test('the pages link the Atom feed of all documents, and it resolves', async ({ page, request }) => {
  for (const path of [BASE, records()[0]!.url, `${BASE}data/`]) {
    await page.goto(path);
    const link = page.locator('link[rel="alternate"][type="application/atom+xml"]').first();
    const feed = new URL((await link.getAttribute('href'))!, page.url()).pathname;
    expect(feed).toBe(`${BASE}feeds/documents.xml`);
    expect((await request.get(feed)).status()).toBe(200);
  }
});

test('the 数据 page documents every field of both schemas and every CSV column', async ({ page }) => {
  await page.goto(`${BASE}data/`);
  await expect(page.locator('h1')).toHaveText('数据');
  const documented = new Set(await page.locator('#fields ~ .table-wrap td:first-child code').allTextContents());
  for (const schema of ['data/schema.json', 'data/document-schema.json']) {
    const s = JSON.parse(readFileSync(join(siteDir, schema), 'utf8')) as { properties: Record<string, unknown> };
    for (const field of Object.keys(s.properties)) expect(documented.has(field), `${schema}: ${field}`).toBe(true);
  }
  const header = readFileSync(join(siteDir, 'data/documents.csv'), 'utf8').slice(1).split('\r\n')[0]!.split(',');
  expect(await page.locator('.csv-columns code').allTextContents()).toEqual(header);
  for (const href of [
    'data/documents.json',
    'data/documents.csv',
    'data/schema.json',
    'data/document-schema.json',
    'feeds/documents.xml',
    'sitemap.xml',
  ]) {
    await expect(page.locator(`a[href="${BASE}${href}"]`).first()).toBeVisible();
  }
});

test('the 引用本文 block and the 数据 page pass axe (WCAG 2.1 A/AA)', async ({ page }) => {
  await page.goto(records()[0]!.url);
  const cite = await new AxeBuilder({ page })
    .include('.cite-block')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(cite.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.goto(`${BASE}data/`);
  const data = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(data.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
