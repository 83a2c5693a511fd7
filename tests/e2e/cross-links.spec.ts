/** Department, topic and citation pages list what the documents say, with working deep links. */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Department, Topic } from '../../src/schema/registry.ts';
import { hrefs, isHighlighted, records, registry, rowSections, type Built } from './page-helpers.ts';
import { BASE } from './support.ts';

/** Each department's page as the department index links it, by the name the link shows. */
async function departmentPages(page: Page): Promise<Map<string, string>> {
  await page.goto(`${BASE}departments/`);
  const links = await page
    .locator('main a[href*="/departments/"]')
    .evaluateAll((as) => as.map((a) => [a.textContent.trim(), (a as HTMLAnchorElement).getAttribute('href')!] as const));
  return new Map(links.filter(([, href]) => /\/departments\/[^/]+\/$/.test(href)));
}

test('the page of 吉林省医药健康产业发展领导小组, a body the registry does not list, has a readable slug and lists exactly 003 as issued', async ({
  page,
}) => {
  const slug = 'jl-yiyaojiankangchanyefazhanlingdaoxiaozu';
  expect((await departmentPages(page)).get('吉林省医药健康产业发展领导小组')).toBe(`${BASE}departments/${slug}/`);
  await page.goto(`${BASE}departments/${slug}/`);
  await expect(page.locator('h1')).toHaveText('吉林省医药健康产业发展领导小组');
  await expect(page.locator('.doc-info')).toContainText('未收录机构');
  await expect(page.locator('main a', { hasText: '订阅本部门文件' })).toHaveAttribute(
    'href',
    `${BASE}feeds/departments/${slug}.xml`,
  );
  const bySource = new Map(records().map((r) => [r.url, r.source.slice(0, 3)]));
  const issued = (await hrefs(page, '#role-issued .doc-list > li > a')).map((u) => bySource.get(u) ?? u).sort();
  expect(issued).toEqual(['003']);
  await expect(
    page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${BASE}feeds/departments/${slug}.xml"]`),
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
    const links = await hrefs(page, 'main .doc-list div a');
    // A row links the first three of the document's sections under the topic and counts the rest.
    const rows = expected.map((r) => ({
      r,
      ...rowSections(
        r,
        r.topics.filter((t) => under(t.slug, topic)).flatMap((t) => t.sections),
      ),
    }));
    const wanted = rows.flatMap(({ r, shown }) => shown.map((s) => `${r.url}#${s}`));
    expect([...links].sort(), url).toEqual(wanted.sort());
    for (const { r, more } of rows) {
      const row = page.locator(`main .doc-list > li:has(> a[href="${r.url}"])`);
      if (more) await expect(row, `${url} ${r.slug}`).toContainText(`及另 ${more} 处`);
      else await expect(row, `${url} ${r.slug}`).not.toContainText('及另');
    }
    if (links.length > busiest.links.length) busiest = { url, links };
  }
  // The link checker covers every fragment; here a reader clicks through the busiest topic page.
  expect(busiest.links.length).toBeGreaterThan(0);
  for (const [i, link] of busiest.links.slice(0, 8).entries()) {
    await page.goto(busiest.url);
    await page.locator('main .doc-list div a').nth(i).click();
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
  const registered = new Map(
    registry<Department>('departments.yaml').map((d) => [d.name, `${BASE}departments/${d.slug}/`] as const),
  );
  // Bodies the registry lacks have pages of their own, named in full, as the index links them.
  const pageOf = new Map([...(await departmentPages(page)), ...registered]);
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
  for (const r of records()) {
    if (r.issuer) at(r.issuer).issued.add(r.url);
    for (const n of r.coIssuers) at(n).coIssued.add(r.url);
    for (const n of r.cc) at(n).cc.add(r.url);
    // Where each body stands in this document: its row under 提及 links the first three places.
    const places = new Map<string, string[]>();
    for (const m of r.mentions) {
      // A document that issues or copies a body and names it outside the sections only (署名, 抄送, preamble) is listed under 发文, 联合发文 or 抄送 alone.
      if ([r.issuer, ...r.coIssuers, ...r.cc].includes(m.department) && !m.sections.some(Boolean)) continue;
      places.set(m.department, [...(places.get(m.department) ?? []), ...m.sections]);
    }
    for (const [name, sections] of places) {
      at(name).mentioned.add(r.url);
      for (const s of rowSections(r, sections).shown) at(name).mentioned.add(`${r.url}#${s}`);
    }
  }
  const names = [...expected.keys()].sort();
  // Every body a document names in full has a page the index links.
  expect(names.filter((n) => !pageOf.has(n))).toEqual([]);
  expect(names.length).toBeGreaterThan(3);
  for (const name of names) {
    const url = pageOf.get(name)!;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1')).toHaveText(name);
    const segment: Record<string, string> = { issued: 'issued', coIssued: 'co-issued', cc: 'cc', mentioned: 'mentioned' };
    for (const [role, want] of Object.entries(expected.get(name)!)) {
      const id = `#role-${segment[role]!}`;
      const got = await hrefs(page, `${id} .doc-list > li > a, ${id} .doc-list div a`);
      expect(got.sort(), `${url} ${role}`).toEqual([...want].sort());
    }
  }
});

test('a cited title or number links to the archived document when resolved, else to its entry in the citation index', async ({
  page,
}) => {
  const doc = [...records()].sort((a, b) => b.citations.length - a.citations.length)[0]!;
  await page.goto(doc.url);
  await page.goto(doc.url);
  const links = await page
    .locator('#h-cites + ul a')
    .evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).getAttribute('href')!, a.textContent.trim()] as const));
  expect(links.length).toBeGreaterThan(0);
  const bySlug = new Map(records().map((r) => [r.slug, r.url]));
  // A document's own proposal and attachments are not listed as documents it cites.
  const own = [...doc.attachments, doc.proposal?.title ?? ''].filter(Boolean);
  let unresolved: string | undefined;
  for (const [href, text] of links) {
    expect(
      own.some((o) => text.includes(o)),
      text,
    ).toBe(false);
    const citation = doc.citations.find((c) => text.includes(c.text));
    expect(citation, text).toBeTruthy();
    if (citation!.resolved && bySlug.has(citation!.resolved)) expect(href).toBe(bySlug.get(citation!.resolved));
    else {
      expect(href).toMatch(new RegExp(`^${BASE}citations/(?:\\d+/)?#c-`));
      unresolved ??= href;
    }
  }
  if (unresolved) {
    await page.goto(unresolved);
    const entry = page.locator(`#${unresolved.split('#')[1]!}`);
    await expect(entry).toBeInViewport();
    await expect(entry.locator('a', { hasText: doc.title }).first()).toHaveAttribute('href', doc.url);
  }
});

test('a document page lists the 6 departments it mentions in most sections besides its issuers, the documents citing it, then related documents not already linked as citing or previous/next', async ({
  page,
}) => {
  const docs = records();
  let listed = 0;
  let capped = 0;
  for (const r of docs) {
    await page.goto(r.url, { waitUntil: 'domcontentloaded' });
    const issuers = [r.issuer, ...r.coIssuers];
    const mentioned = [...new Set([...r.mentions.map((m) => m.department), ...r.departmentsMentioned])].filter(
      (n) => !issuers.includes(n),
    );
    const sections = new Map(r.mentions.map((m) => [m.department, m.sections.length]));
    // Most sections first; equal counts in the order the document names them; six at most.
    const top = mentioned
      .map((n, i) => ({ n, i, w: sections.get(n) ?? 0 }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, 6)
      .map((x) => x.n);
    expect(await page.locator('#h-departments + ul > li').allTextContents(), r.url).toEqual(top);
    if (mentioned.length > 6)
      await expect(page.locator('#h-departments + ul + p'), r.url).toHaveText(`等 ${mentioned.length} 个部门，其余见部门索引`);
    capped += Math.max(0, mentioned.length - 6);
    // Citing: the documents whose citations resolve to this one.
    const citing = docs.filter((d) => d.slug !== r.slug && d.citations.some((c) => c.resolved === r.slug)).map((d) => d.url);
    const shownCiting = await hrefs(page, '#h-cited-by + ul > li > a');
    expect([...shownCiting].sort(), r.url).toEqual([...citing].sort());
    // Related: at most five other documents of the same proposal session, issuer or topic, none already linked.
    const near = await hrefs(page, '.prev-next a');
    const related = await hrefs(page, '#h-related + ul > li > a');
    expect(related.length, r.url).toBeLessThanOrEqual(5);
    expect(new Set(related).size, r.url).toBe(related.length);
    for (const u of related) {
      const d = docs.find((x) => x.url === u)!;
      expect(d.slug, r.url).not.toBe(r.slug);
      expect(citing.includes(u) || near.includes(u), `${r.url} → ${u}`).toBe(false);
      const shared =
        (!!r.proposal?.session && d.proposal?.session === r.proposal.session) ||
        (!!r.issuer && d.issuer === r.issuer) ||
        d.topics.some((t) => r.topics.some((x) => x.slug === t.slug));
      expect(shared, `${r.url} → ${u}`).toBe(true);
    }
    listed += citing.length + related.length;
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
