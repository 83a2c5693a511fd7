import assert from 'node:assert/strict';
import { it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import {
  datedRecords,
  pageFacts,
  pageLastmod,
  pagePath,
  sitemapFiles,
  sitemapXml,
  SITEMAP_LIMITS,
} from '../../src/open-data/sitemap.ts';

const records = [
  { url: '/a/documents/old/', dateWritten: '2017-04-20', datePublished: null },
  { url: '/a/documents/new/', dateWritten: '2023-05-20', datePublished: '2023-05-26' },
  { url: '/a/documents/undated/', dateWritten: null, datePublished: null },
];
const dates = new Map(records.map((r) => [r.url, r.datePublished ?? r.dateWritten]));
const page = (path: string, links: string[] = [], extra = '') =>
  pageFacts(
    { path, html: `<html><head>${extra}</head><body>${links.map((l) => `<a href="${l}">x</a>`).join('')}</body></html>` },
    '/a/',
  );

it('maps built files to page paths under the base', () => {
  assert.deepEqual(
    ['index.html', 'documents/x/index.html', '404.html'].map((f) => pagePath(f, '/a/')),
    ['/a/', '/a/documents/x/', '/a/404.html'],
  );
});

it('dates a document page by its publication date, else the date it was written', () => {
  assert.equal(pageLastmod(page('/a/documents/new/'), dates), '2023-05-26');
  assert.equal(pageLastmod(page('/a/documents/old/'), dates), '2017-04-20');
});

it('dates a listing by the newest document it links to, fragments ignored', () => {
  assert.equal(
    pageLastmod(page('/a/topics/t/', ['/a/documents/old/', '/a/documents/new/#s1', '/a/documents/undated/']), dates),
    '2023-05-26',
  );
});

it('gives no date to a page linking to no dated document', () => {
  assert.equal(pageLastmod(page('/a/search/', ['/a/documents/undated/']), dates), null);
});

it('keeps of a page only the document pages it links to, each once and without fragments', () => {
  assert.deepEqual(
    page('/a/topics/t/', ['/a/topics/', '/a/documents/old/#s1', '/a/documents/new/', '/a/documents/old/', '#s2']).links,
    ['/a/documents/old/', '/a/documents/new/'],
  );
});

it('lists pages sorted with absolute URLs, leaving out the 404 page and noindex pages', () => {
  const xml = sitemapXml(
    [
      page('/a/search/'),
      page('/a/'),
      page('/a/404.html'),
      page('/a/hidden/', [], '<meta name="robots" content="noindex">'),
      page('/a/documents/old/'),
    ],
    records,
    'https://example.org',
  );
  const { urlset } = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml) as { urlset: { url: unknown[] } };
  const urls = urlset.url;
  assert.deepEqual(urls, [
    { loc: 'https://example.org/a/' },
    { loc: 'https://example.org/a/documents/old/', lastmod: '2017-04-20' },
    { loc: 'https://example.org/a/search/' },
  ]);
});

it('reads the url and dates of every record of documents.json as the site writes it, nested fields ignored', async () => {
  const written = [
    {
      title: '甲',
      dateWritten: '2017-04-20',
      datePublished: null,
      proposal: { dateWritten: 'nested' },
      sections: [{ url: 'nested' }],
      url: '/a/documents/old/',
    },
    { title: '乙', dateWritten: null, datePublished: '2023-05-26', url: '/a/documents/new/' },
  ];
  const read = [];
  for await (const r of datedRecords(`${JSON.stringify(written, null, 2)}\n`.split('\n'))) read.push(r);
  assert.deepEqual(read, [
    { url: '/a/documents/old/', dateWritten: '2017-04-20', datePublished: null },
    { url: '/a/documents/new/', dateWritten: null, datePublished: '2023-05-26' },
  ]);
});

it('keeps one sitemap.xml within the protocol’s 50,000 URLs and 52,428,800 bytes', () => {
  assert.deepEqual(SITEMAP_LIMITS, { urls: 50_000, bytes: 52_428_800 });
  const files = sitemapFiles([page('/a/'), page('/a/search/')], records, 'https://example.org', '/a/');
  assert.deepEqual([...files.keys()], ['sitemap.xml']);
  assert.equal(files.get('sitemap.xml'), sitemapXml([page('/a/'), page('/a/search/')], records, 'https://example.org'));
});

it('turns sitemap.xml into a sitemap index past the URL limit, each sitemap dated by its newest page', () => {
  const pages = ['/a/', '/a/documents/new/', '/a/documents/old/', '/a/search/', '/a/topics/'].map((p) => page(p));
  const files = sitemapFiles(pages, records, 'https://example.org', '/a/', { urls: 2, bytes: 1_000_000 });
  assert.deepEqual(
    [...files.keys()],
    ['sitemaps/sitemap-0001.xml', 'sitemaps/sitemap-0002.xml', 'sitemaps/sitemap-0003.xml', 'sitemap.xml'],
  );
  assert.equal(
    files.get('sitemap.xml'),
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      // The one date policy: 成文日期 first (2023-05-20), then 发布日期.
      '  <sitemap><loc>https://example.org/a/sitemaps/sitemap-0001.xml</loc><lastmod>2023-05-20</lastmod></sitemap>',
      '  <sitemap><loc>https://example.org/a/sitemaps/sitemap-0002.xml</loc><lastmod>2017-04-20</lastmod></sitemap>',
      '  <sitemap><loc>https://example.org/a/sitemaps/sitemap-0003.xml</loc></sitemap>',
      '</sitemapindex>',
      '',
    ].join('\n'),
  );
  const { urlset } = new XMLParser({ isArray: (n) => n === 'url' }).parse(files.get('sitemaps/sitemap-0003.xml')!) as {
    urlset: { url: unknown[] };
  };
  assert.deepEqual(urlset.url, [{ loc: 'https://example.org/a/topics/' }]);
});

it('starts a new sitemap before a URL that would take one over the byte limit', () => {
  const pages = ['/a/x/', '/a/y/'].map((p) => page(p));
  // The head and tail take 110 bytes, each URL line 49: two URLs need 208.
  const one = sitemapFiles(pages, records, 'https://example.org', '/a/', { urls: 10, bytes: 207 });
  assert.equal(one.size, 3);
  const both = sitemapFiles(pages, records, 'https://example.org', '/a/', { urls: 10, bytes: 208 });
  assert.equal(both.size, 1);
});
