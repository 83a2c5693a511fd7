/** The reader's and staff's journeys of issue 4, on the site served under /archive/. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plainCitation } from '../../src/lib/citation.ts';
import { citationKey } from '../../src/lib/citation-key.ts';
import type { DocumentData } from '../../src/schema/document.ts';
import type { Department, Topic } from '../../src/schema/registry.ts';
import { BASE, root, siteDir, watchRequests } from './support.ts';

type Built = DocumentData & { url: string };
const records = (): Built[] => JSON.parse(readFileSync(join(siteDir, 'data/documents.json'), 'utf8')) as Built[];
const registry = <T>(file: string) => parse(readFileSync(join(root, 'content', file), 'utf8')) as T[];
/** SITE_URL of the test build (tests/e2e/global-setup.ts). */
const SITE_URL = 'https://archive.example.org';

/** True when the element is the :target and carries the highlight colour. */
async function isHighlighted(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const probe = document.createElement('div');
    probe.style.background = 'var(--mark)';
    document.body.append(probe);
    const mark = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return node.matches(':target') && getComputedStyle(node).backgroundColor === mark;
  });
}

const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));

test('a reader opens a document from the home page and moves through it by the table of contents', async ({ page }) => {
  const watch = watchRequests(page);
  const doc = records().filter((r) => r.sections.length > 1).sort((a, b) => a.source.localeCompare(b.source))[0]!;
  await page.goto(BASE);
  await page.locator(`main a[href="${doc.url}"]`).first().click();
  await expect(page.locator('h1')).toHaveText(doc.title);
  const toc = page.getByRole('navigation', { name: '目录' });
  // The contents list the top two levels of the section tree.
  await expect(toc.locator('a')).toHaveCount(doc.sections.reduce((n, s) => n + 1 + s.children.length, 0));
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

test('staff copy a section link and a citation, open the link in a fresh page and land on the section highlighted', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const doc = records().find((r) => r.source.startsWith('001'))!;
  const section = doc.sections[1]!;
  await page.goto(doc.url);
  await page.locator(`#${section.id} > a[href="#${section.id}"]`).click();
  await expect(page.locator('#pl-status')).toHaveText('已复制链接');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(`${SITE_URL}${doc.url}#${section.id}`);

  await page.locator(`#${section.id} button.cite`).click();
  await expect(page.locator('#pl-status')).toHaveText('已复制引用');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toBe(`${plainCitation(doc, section.id)} ${url}`);
  // The issue's own example of a citation line.
  expect(citation).toBe(`吉林省科学技术厅《对省政协十二届五次会议第224号委员提案的答复》（吉科发医〔2022〕97号）第二部分 ${url}`);

  // Deeper sections and paragraphs before any section: the copied line is plainCitation's.
  const deep = records().flatMap((r) => r.sections.flatMap((s) => s.children.flatMap((c) => [c, ...c.children]).map((c) => ({ r, id: c.id })))).at(-1)!;
  for (const { r, id } of [deep, { r: doc, id: 'p1' }]) {
    await page.goto(r.url);
    await page.locator(`#${id} > button.cite`).click();
    await expect(page.locator('#pl-status')).toHaveText('已复制引用');
    const line = await page.evaluate(() => navigator.clipboard.readText());
    expect(line).toBe(`${plainCitation(r, id.startsWith('p') ? undefined : id)} ${SITE_URL}${r.url}#${id}`);
  }

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
  await expect(page.locator('button.cite')).toHaveCount(0);
  const para = page.locator('.doc-body p[id]').nth(2);
  const id = await para.getAttribute('id');
  await para.locator(`a[href="#${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  expect(await isHighlighted(para)).toBe(true);
  await context.close();
});

test('the page of 吉林省科学技术厅 lists exactly 001 and 002 as issued', async ({ page }) => {
  const dept = registry<Department>('departments.yaml').find((d) => d.name === '吉林省科学技术厅')!;
  await page.goto(`${BASE}departments/${dept.slug}/`);
  await expect(page.locator('h1')).toHaveText('吉林省科学技术厅');
  const bySource = new Map(records().map((r) => [r.url, r.source.slice(0, 3)]));
  const issued = (await hrefs(page, '#role-issued .doc-list > li > a')).map((u) => bySource.get(u) ?? u).sort();
  expect(issued).toEqual(['001', '002']);
  await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${BASE}feeds/departments/${dept.slug}.xml"]`)).toHaveCount(1);
});

test('each topic page lists its documents, and a reader follows its section links to the sections', async ({ page }) => {
  let busiest = { url: '', links: [] as string[] };
  for (const topic of registry<Topic>('topics.yaml')) {
    const expected = records().filter((r) => r.topics.some((t) => t.slug === topic.slug));
    const url = `${BASE}topics/${topic.slug}/`;
    await page.goto(url);
    await expect(page.locator('h1')).toContainText(topic.name);
    const listed = await hrefs(page, 'main .doc-list > li > a');
    expect(listed.sort(), url).toEqual(expected.map((r) => r.url).sort());
    const links = await hrefs(page, 'main .doc-sections a');
    const wanted = expected.flatMap((r) => r.topics.filter((t) => t.slug === topic.slug).flatMap((t) => t.sections.filter(Boolean).map((s) => `${r.url}#${s}`)));
    expect([...links].sort(), url).toEqual([...new Set(wanted)].sort());
    if (links.length > busiest.links.length) busiest = { url, links };
  }
  // The link checker covers every fragment; here a reader clicks through the busiest topic page.
  expect(busiest.links.length).toBeGreaterThan(0);
  for (const [i, link] of busiest.links.slice(0, 8).entries()) {
    await page.goto(busiest.url);
    await page.locator('main .doc-sections a').nth(i).click();
    await expect(page).toHaveURL(new RegExp(`${link}$`));
    const target = page.locator(`#${link.split('#')[1]}`);
    await expect(target).toBeInViewport();
    expect(await isHighlighted(target)).toBe(true);
  }
});

test('the print stylesheet hides navigation and keeps the document and its headings', async ({ page }) => {
  const doc = records().find((r) => r.sections.length > 1)!;
  await page.goto(doc.url);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.breadcrumbs', '.toc', '.doc-links', '.site-footer', '.doc-body [id] > a', 'button.cite']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  const sizes = await page.evaluate(() => ['h1', '.doc-body h2', '.doc-body p[id]'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)));
  expect(sizes[0]!).toBeGreaterThan(sizes[1]!);
  expect(sizes[1]!).toBeGreaterThan(sizes[2]!);
});

test('every department page lists the documents that issue, co-issue, copy or mention it, with deep links to the mentions', async ({ page }) => {
  const slugOf = new Map(registry<Department>('departments.yaml').map((d) => [d.name, d.slug]));
  const expected = new Map<string, Record<'issued' | 'coIssued' | 'cc' | 'mentioned', Set<string>>>();
  const at = (name: string) => {
    const e = expected.get(name) ?? { issued: new Set<string>(), coIssued: new Set<string>(), cc: new Set<string>(), mentioned: new Set<string>() };
    expected.set(name, e);
    return e;
  };
  for (const r of records()) {
    if (r.issuer) at(r.issuer).issued.add(r.url);
    for (const n of r.coIssuers) at(n).coIssued.add(r.url);
    for (const n of r.cc) at(n).cc.add(r.url);
    for (const m of r.mentions) {
      at(m.department).mentioned.add(r.url);
      for (const s of m.sections.filter(Boolean)) at(m.department).mentioned.add(`${r.url}#${s}`);
    }
  }
  const names = [...expected.keys()].filter((n) => slugOf.has(n)).sort();
  expect(names.length).toBeGreaterThan(3);
  for (const name of names) {
    const url = `${BASE}departments/${slugOf.get(name)}/`;
    await page.goto(url);
    await expect(page.locator('h1')).toHaveText(name);
    for (const [role, want] of Object.entries(expected.get(name)!)) {
      const got = await hrefs(page, `#role-${role} .doc-list > li > a, #role-${role} .doc-sections a`);
      expect(got.sort(), `${url} ${role}`).toEqual([...want].sort());
    }
  }
});

test('a cited title or number links to the archived document when resolved, else to its entry in the citation index', async ({ page }) => {
  const doc = [...records()].sort((a, b) => b.citations.length - a.citations.length)[0]!;
  expect(doc.citations.length).toBeGreaterThan(0);
  await page.goto(doc.url);
  const got = await page.locator('#h-cites + ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  const bySlug = new Map(records().map((r) => [r.slug, r.url]));
  const want = doc.citations.map((c) => (c.resolved && bySlug.has(c.resolved) ? bySlug.get(c.resolved)! : `${BASE}citations/#c-${citationKey(c.kind, c.text)}`));
  expect(got).toEqual(want);
  const unresolved = doc.citations.find((c) => !c.resolved);
  if (unresolved) {
    await page.locator('#h-cites + ul a', { hasText: unresolved.text }).first().click();
    const entry = page.locator(`#c-${citationKey(unresolved.kind, unresolved.text)}`);
    await expect(entry).toBeInViewport();
    await expect(entry.locator('a', { hasText: doc.title }).first()).toHaveAttribute('href', doc.url);
  }
});
