/**
 * Issue 6, machine-readable output of the test build, each format read by a real parser:
 * JSON against the published JSON Schemas (ajv), CSV (csv-parse), Atom feeds and the sitemap
 * (fast-xml-parser), robots.txt. Checked against documents.json and the sources.
 */
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEED_ENTRIES, LISTING_FEED_ENTRIES } from '../../src/views/feed-size.ts';
import { rawDir } from './support.ts';
import type { DocumentData } from '../../src/schema/document.ts';
import { BASE, builtHtmlPages, records, siteDir, SITE, sortedNewest, type DataRecord } from './open-data-support.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(siteDir, path), 'utf8'));
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => ['entry', 'url', 'link', 'author', 'category'].includes(n),
});
/** An Atom feed as `xml` reads it (attributes as `@name`); a feed with no entries has no `entry`. */
interface ParsedFeed {
  feed: {
    updated: string;
    link: Record<string, string>[];
    entry?: { id: string; title: string; updated: string; published?: string; link: Record<string, string>[] }[];
  };
}
const readFeed = (path: string) => {
  const { feed } = xml.parse(readFileSync(join(siteDir, path), 'utf8')) as ParsedFeed;
  return { ...feed, entry: feed.entry ?? [] };
};
const validator = (schemaPath: string) => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(readJson(schemaPath) as object);
};

test('every record of documents.json is valid against data/schema.json, one per source', () => {
  const validate = validator('data/schema.json');
  const recs = records();
  expect(recs.map((r) => r.source)).toEqual([...new Set(recs.map((r) => r.source))].sort());
  expect(recs.length).toBeGreaterThan(0);
  for (const r of recs) expect(validate(r), `${r.slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
});

test('every per-document JSON is valid against data/document-schema.json and agrees with documents.json', () => {
  const validate = validator('data/document-schema.json');
  const ids = (nodes: { id: string; children: unknown[] }[]): string[] =>
    nodes.flatMap((n) => [n.id, ...ids(n.children as { id: string; children: unknown[] }[])]);
  for (const r of records()) {
    const doc = readJson(`data/documents/${r.slug}.json`) as DataRecord &
      Pick<DocumentData, 'mentions' | 'citations'> & {
        sections: { id: string; children: unknown[] }[];
        sourceText: string;
        body: string;
        blocks: { kind?: string; id?: string; level?: number; section?: string }[];
      };
    expect(validate(doc), `${r.slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const { sourceText, body, blocks, sections, mentions, citations, ...frontmatter } = doc;
    // documents.json's record is the per-document one without where things stand in the text.
    expect(frontmatter).toEqual(r);
    expect([Array.isArray(sections), Array.isArray(mentions), Array.isArray(citations)]).toEqual([true, true, true]);
    expect(sourceText).toBe(`${BASE}data/documents/${r.slug}.txt`);
    expect(blocks.length).toBeGreaterThan(0);
    // One block a line of the body.
    expect(blocks).toHaveLength(body.split('\n').length);
    // Each section is one run of lines, from its heading's (a block with a level, its kind left
    // out, and the section's id) to the last line of its own blocks or of the sections below it.
    // A block's section left out is the block before's; a heading's is its id.
    let section = '';
    const sectionOf = blocks.map((b) => (section = b.section ?? (b.level !== undefined ? b.id! : section)));
    for (const id of ids(sections)) {
      const lines = sectionOf.flatMap((s, i) => (s === id || s.startsWith(`${id}-`) ? [i] : []));
      expect(lines.length, `${r.slug} ${id}`).toBeGreaterThan(0);
      expect(lines.at(-1)! - lines[0]! + 1, `${r.slug} ${id}: one run of lines`).toBe(lines.length);
      const first = blocks[lines[0]!]!;
      expect([first.id, typeof first.level, first.kind], `${r.slug} ${id}`).toEqual([id, 'number', undefined]);
    }
    // The k-th section of the tree (preorder) is the k-th heading block.
    const headings = blocks.filter((b) => b.level !== undefined).map((b) => b.id);
    expect(headings, r.slug).toEqual(ids(sections));
  }
});

test('the source text of every document is published byte for byte', () => {
  for (const r of records()) {
    const published = readFileSync(join(siteDir, `data/documents/${r.slug}.txt`));
    expect(published.equals(readFileSync(join(rawDir, r.source))), r.slug).toBe(true);
  }
});

test('data/documents/index.json lists the whole files and one part holding the same records and rows', () => {
  const index = readJson('data/documents/index.json') as {
    documents: number;
    whole: { json: string; csv: string } | null;
    parts: { json: string; csv: string; documents: number; first: string; last: string }[];
  };
  const recs = records();
  expect(index.documents).toBe(recs.length);
  expect(index.whole).toEqual({ json: `${BASE}data/documents.json`, csv: `${BASE}data/documents.csv` });
  expect(index.parts).toEqual([
    {
      json: `${BASE}data/parts/documents-0001.json`,
      csv: `${BASE}data/parts/documents-0001.csv`,
      documents: recs.length,
      first: recs[0]!.slug,
      last: recs[recs.length - 1]!.slug,
    },
  ]);
  expect(readJson('data/parts/documents-0001.json')).toEqual(recs);
  const part = readFileSync(join(siteDir, 'data/parts/documents-0001.csv'));
  expect(part.equals(readFileSync(join(siteDir, 'data/documents.csv')))).toBe(true);
});

test('documents.csv has a BOM, one row per document and the records values', () => {
  const bytes = readFileSync(join(siteDir, 'data/documents.csv'));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv<Record<string, string>>(bytes, { bom: true, columns: true });
  const recs = records();
  expect(rows).toHaveLength(recs.length);
  rows.forEach((row, i) => {
    const r = recs[i]!;
    expect([row['slug'], row['title'], row['url'], row['docNumber'], row['dateWritten'], row['coIssuers'], row['cc']]).toEqual([
      r.slug,
      r.title,
      r.url,
      r.docNumber ?? '',
      r.dateWritten ?? '',
      r.coIssuers.join('；'),
      r.cc.join('；'),
    ]);
    expect(row['proposal.number']).toBe(r.proposal?.number == null ? '' : String(r.proposal.number));
  });
});

test('the Atom feed of all documents lists the newest first, as in documents.json', () => {
  const feed = readFeed('feeds/documents.xml');
  const expected = sortedNewest(records()).slice(0, FEED_ENTRIES);
  expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${SITE}${BASE}feeds/documents.xml`);
  expect(feed.updated).toBe(`${expected.map((r) => r.dateWritten ?? r.datePublished).find(Boolean)}T00:00:00Z`);
  expect(feed.entry.map((e) => e.id)).toEqual(expected.map((r) => `${SITE}${r.url}`));
  feed.entry.forEach((e, i) => {
    const r = expected[i]!;
    // A reply's proposal follows its title after a dash (tests/e2e/lists.spec.ts has the exact text).
    expect(e.title.startsWith(r.title), e.title).toBe(true);
    expect(e.title === r.title, e.title).toBe(!r.proposal?.title && !r.proposal?.number);
    // An undated document's entry takes the feed's own date and has no published date.
    expect(e.updated).toBe(`${r.dateWritten ?? r.datePublished ?? feed.updated.slice(0, 10)}T00:00:00Z`);
    expect(e.published ?? null).toBe((r.dateWritten ?? r.datePublished) ? `${r.dateWritten ?? r.datePublished}T00:00:00Z` : null);
    expect(e.link[0]!['@href']).toBe(`${SITE}${r.url}`);
  });
});

test('every department and topic feed lists the documents of its page, newest first', async ({ page }) => {
  // One visit to every department and topic page, on a machine that may be busy.
  test.setTimeout(120_000);
  // Every department and topic page has a feed, and every feed a page.
  const cases = ['departments', 'topics'].flatMap((kind) => {
    const pages = readdirSync(join(siteDir, kind), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const feeds = readdirSync(join(siteDir, 'feeds', kind))
      .map((n) => n.replace(/\.xml$/, ''))
      .sort();
    expect(feeds, kind).toEqual(pages);
    return pages.map((slug) => ({ feed: `feeds/${kind}/${slug}.xml`, page: `${kind}/${slug}/` }));
  });
  const bySlug = new Map(records().map((r) => [r.url, r]));
  let listed = 0;
  for (const c of cases) {
    // The page's listing, over all its pages (every page a pager links, followed until none is
    // new: a pager links its neighbours, the first and the last page): the first link of each item.
    const urls = new Set<string>();
    const pending = [`${BASE}${c.page}`];
    const seen = new Set(pending);
    for (let path = pending.shift(); path; path = pending.shift()) {
      await page.goto(path);
      for (const h of await page
        .locator('main .doc-list > li > a:first-child')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))
        urls.add(h);
      for (const more of await page.locator('.pager a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))
        if (!seen.has(more)) {
          seen.add(more);
          pending.push(more);
        }
    }
    listed += urls.size;
    const expected = sortedNewest([...urls].map((u) => bySlug.get(u)!)).slice(0, LISTING_FEED_ENTRIES);
    const feed = readFeed(c.feed);
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href'], c.feed).toBe(`${SITE}${BASE}${c.feed}`);
    expect(feed.link.find((l) => l['@rel'] === 'alternate')?.['@href'], c.feed).toBe(`${SITE}${BASE}${c.page}`);
    expect(
      feed.entry.map((e) => e.id),
      c.feed,
    ).toEqual(expected.map((r) => `${SITE}${r.url}`));
  }
  expect(listed).toBeGreaterThan(0);
});

test('the sitemap lists every built page once, dated by its documents', () => {
  const { urlset } = xml.parse(readFileSync(join(siteDir, 'sitemap.xml'), 'utf8')) as {
    urlset: { url: { loc: string; lastmod?: string }[] };
  };
  const urls = urlset.url;
  const pages = builtHtmlPages().filter((p) => p !== `${BASE}404.html`);
  expect(urls.map((u) => u.loc).sort()).toEqual(pages.map((p) => `${SITE}${p}`).sort());
  const recs = records();
  const byLoc = new Map(urls.map((u) => [u.loc, u.lastmod]));
  for (const r of recs) expect(byLoc.get(`${SITE}${r.url}`), r.slug).toBe(r.dateWritten ?? r.datePublished ?? undefined);
  expect(byLoc.get(`${SITE}${BASE}`)).toBe(
    sortedNewest(recs)
      .map((r) => r.dateWritten ?? r.datePublished)
      .find(Boolean),
  );
});

test('robots.txt points to the sitemap by its absolute URL', () => {
  const lines = readFileSync(join(siteDir, 'robots.txt'), 'utf8').split('\n');
  const fields = lines
    .filter((l) => l.includes(':'))
    .map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]);
  expect(fields).toEqual([
    ['user-agent', '*'],
    ['allow', '/'],
    ['sitemap', `${SITE}${BASE}sitemap.xml`],
  ]);
});
