/** Department, topic and citation pages list what the documents say, with working deep links. */
import { expect, test } from '@playwright/test';
import { citationIndex, citationsOfOthers } from '../../src/lib/citation-index.ts';
import { citationKey } from '../../src/lib/citation-key.ts';
import { rankedTop } from '../../src/lib/ranked-top.ts';
import { relatedDocuments } from '../../src/lib/related-documents.ts';
import { unlistedDepartment } from '../../src/lib/unlisted-department.ts';
import type { Department, Topic } from '../../src/schema/registry.ts';
import { hrefs, isHighlighted, records, registry, type Built } from './page-helpers.ts';
import { BASE } from './support.ts';

test('the page of 吉林省医药健康产业发展领导小组, a body the registry does not list, has a readable slug and lists exactly 003 as issued', async ({
  page,
}) => {
  const dept = unlistedDepartment('吉林省医药健康产业发展领导小组', '吉林省');
  expect(dept.slug).toBe('jl-yiyaojiankangchanyefazhanlingdaoxiaozu');
  await page.goto(`${BASE}departments/${dept.slug}/`);
  await expect(page.locator('h1')).toHaveText('吉林省医药健康产业发展领导小组');
  await expect(page.locator('.doc-info')).toContainText('未收录机构');
  await expect(page.locator('main a', { hasText: '订阅本部门文件' })).toHaveAttribute(
    'href',
    `${BASE}feeds/departments/${dept.slug}.xml`,
  );
  const bySource = new Map(records().map((r) => [r.url, r.source.slice(0, 3)]));
  const issued = (await hrefs(page, '#role-issued .doc-list > li > a')).map((u) => bySource.get(u) ?? u).sort();
  expect(issued).toEqual(['003']);
  await expect(
    page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${BASE}feeds/departments/${dept.slug}.xml"]`),
  ).toHaveCount(1);
});

test('each topic page lists its documents, and a reader follows its section links to the sections', async ({ page }) => {
  // One page load per topic: a minute leaves room on a busy machine.
  test.setTimeout(90_000);
  let busiest = { url: '', links: [] as string[] };
  const taxonomy = registry<Topic>('topics.yaml');
  // A category lists its subcategories' documents too.
  const under = (slug: string, topic: Topic) =>
    slug === topic.slug || taxonomy.find((t) => t.slug === slug)?.parent === topic.slug;
  const withDocuments = taxonomy.filter((topic) => records().some((r) => r.topics.some((t) => under(t.slug, topic))));
  expect(withDocuments.length).toBeGreaterThan(3);
  for (const topic of withDocuments) {
    const expected = records().filter((r) => r.topics.some((t) => under(t.slug, topic)));
    const url = `${BASE}topics/${topic.slug}/`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1')).toContainText(topic.name);
    const listed = await hrefs(page, 'main .doc-list > li > a');
    expect(listed.sort(), url).toEqual(expected.map((r) => r.url).sort());
    const links = await hrefs(page, 'main .doc-sections a');
    const wanted = expected.flatMap((r) =>
      r.topics.filter((t) => under(t.slug, topic)).flatMap((t) => t.sections.filter(Boolean).map((s) => `${r.url}#${s}`)),
    );
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

test('every department page lists the documents that issue, co-issue, copy or mention it, with deep links to the mentions', async ({
  page,
}) => {
  // One page load per department named in the documents.
  test.setTimeout(90_000);
  const slugOf = new Map(registry<Department>('departments.yaml').flatMap((d) => [[d.name, d.slug] as const]));
  const expected = new Map<string, Record<'issued' | 'coIssued' | 'cc' | 'mentioned', Set<string>>>();
  const at = (name: string) => {
    const e = expected.get(name) ?? {
      issued: new Set<string>(),
      coIssued: new Set<string>(),
      cc: new Set<string>(),
      mentioned: new Set<string>(),
    };
    expected.set(name, e);
    return e;
  };
  const registered = new Set(slugOf.keys());
  // Bodies the registry lacks have pages of their own, named in full.
  const unlisted = (name: string, region: string | null) => {
    if (!registered.has(name) && !slugOf.has(name)) slugOf.set(name, unlistedDepartment(name, region).slug);
  };
  for (const r of records()) {
    for (const n of [r.issuer, ...r.coIssuers, ...r.cc, ...r.mentions.map((m) => m.department)]) if (n) unlisted(n, r.region);
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
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1')).toHaveText(name);
    const segment: Record<string, string> = { issued: 'issued', coIssued: 'co-issued', cc: 'cc', mentioned: 'mentioned' };
    for (const [role, want] of Object.entries(expected.get(name)!)) {
      const id = `#role-${segment[role]!}`;
      const got = await hrefs(page, `${id} .doc-list > li > a, ${id} .doc-sections a`);
      expect(got.sort(), `${url} ${role}`).toEqual([...want].sort());
    }
  }
});

test('a cited title or number links to the archived document when resolved, else to its entry in the citation index', async ({
  page,
}) => {
  const doc = [...records()].sort((a, b) => b.citations.length - a.citations.length)[0]!;
  // A document's own proposal, attachments and number are not listed as documents it cites.
  const cited = citationsOfOthers(doc);
  expect(cited.length).toBeGreaterThan(0);
  await page.goto(doc.url);
  const got = await page
    .locator('#h-cites + ul a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  const bySlug = new Map(records().map((r) => [r.slug, r.url]));
  const want = cited.map((c) =>
    c.resolved && bySlug.has(c.resolved) ? bySlug.get(c.resolved)! : `${BASE}citations/#c-${citationKey(c.kind, c.text)}`,
  );
  expect(got).toEqual(want);
  const unresolved = cited.find((c) => !c.resolved);
  if (unresolved) {
    await page.locator('#h-cites + ul a', { hasText: unresolved.text }).first().click();
    const entry = page.locator(`#c-${citationKey(unresolved.kind, unresolved.text)}`);
    await expect(entry).toBeInViewport();
    await expect(entry.locator('a', { hasText: doc.title }).first()).toHaveAttribute('href', doc.url);
  }
});

test('a document page lists the 6 departments it mentions in most sections besides its issuers, the documents citing it, then related documents not already linked as citing or previous/next', async ({
  page,
}) => {
  const docs = records();
  const { citedBy } = citationIndex(docs);
  const related = relatedDocuments(docs);
  const urlOf = new Map(docs.map((r) => [r.slug, r.url]));
  let listed = 0;
  let capped = 0;
  for (const r of docs) {
    await page.goto(r.url, { waitUntil: 'domcontentloaded' });
    const issuers = [r.issuer, ...r.coIssuers];
    const mentioned = [...new Set([...r.mentions.map((m) => m.department), ...r.departmentsMentioned])].filter(
      (n) => !issuers.includes(n),
    );
    const sections = new Map(r.mentions.map((m) => [m.department, m.sections.length]));
    const top = rankedTop(mentioned, (n) => sections.get(n) ?? 0, 6);
    expect(await page.locator('#h-departments + ul > li').allTextContents(), r.url).toEqual(top.shown);
    if (top.more)
      await expect(page.locator('#h-departments + ul + p'), r.url).toHaveText(`等 ${mentioned.length} 个部门，其余见部门索引`);
    capped += top.more;
    const citing = (citedBy.get(r.slug) ?? []).map((c) => urlOf.get(c.doc.slug)!);
    expect(await hrefs(page, '#h-cited-by + ul > li > a'), r.url).toEqual(citing);
    const near = await hrefs(page, '.prev-next a');
    const want = (related.get(r.slug) ?? [])
      .map((x) => urlOf.get(x.doc.slug)!)
      .filter((u) => !citing.includes(u) && !near.includes(u));
    expect(await hrefs(page, '#h-related + ul > li > a'), r.url).toEqual(want);
    listed += citing.length + want.length;
  }
  expect(listed).toBeGreaterThan(0);
  expect(capped).toBeGreaterThan(0);
});

/** The date a document is filed under, as the pages use it: 成文日期, else 发布日期 ('' when it has neither). */
const filedDate = (r: Built) => r.dateWritten ?? r.datePublished ?? '';

test('previous and next link each dated document to its neighbours by date; an undated one has neither', async ({ request }) => {
  const chronological = records()
    .filter((r) => filedDate(r))
    .sort((a, b) => filedDate(a).localeCompare(filedDate(b)) || (a.slug < b.slug ? 1 : -1));
  for (const r of records().filter((x) => !filedDate(x))) {
    const html = await (await request.get(r.url)).text();
    expect(html, r.url).not.toMatch(/<a rel="(prev|next)"/);
  }
  for (const [i, r] of chronological.entries()) {
    const html = await (await request.get(r.url)).text();
    const rel = (kind: string) => new RegExp(`<a rel="${kind}" href="([^"]+)"`).exec(html)?.[1] ?? null;
    expect([rel('prev'), rel('next')], r.url).toEqual([chronological[i - 1]?.url ?? null, chronological[i + 1]?.url ?? null]);
  }
});

test('the home page counts the documents by year and links each year', async ({ page }) => {
  const byYear = new Map<string, number>();
  for (const r of records()) {
    const y = filedDate(r).slice(0, 4);
    if (y) byYear.set(y, (byYear.get(y) ?? 0) + 1);
  }
  const undated = records().filter((r) => !filedDate(r)).length;
  await page.goto(BASE);
  await expect(page.locator('main')).toContainText(`共收录 ${records().length} 件文件`);
  const shown = await page
    .locator('#by-year + ul li')
    .evaluateAll((lis) => lis.map((li) => [li.querySelector('a')!.getAttribute('href'), li.querySelector('.n')!.textContent]));
  const want = [...byYear].sort(([a], [b]) => b.localeCompare(a)).map(([y, n]) => [`${BASE}browse/year/${y}/`, `${n} 件`]);
  // The undated documents after every year, under 日期不详.
  expect(shown).toEqual([...want, [`${BASE}browse/year/undated/`, `${undated} 件`]]);
});
