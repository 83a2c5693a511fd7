/**
 * The page cache's files and steps outside Astro (src/build-cache/page-manifest.ts,
 * scripts/emit/reuse-pages.ts, scripts/emit/document-files.ts, scripts/emit/write-sitemap.ts):
 * what the routes planned is linked from the published site, a manifest describes one folder
 * only, a published file changed by hand is never reused, and the sitemap takes a reused page's
 * facts from the manifest instead of reading it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  finishPageManifest,
  readPageManifest,
  readPlan,
  writePageManifest,
  writePlan,
} from '../../src/build-cache/page-manifest.ts';
import { fileStamp } from '../../src/build-cache/file-stamp.ts';
import { reusePages, reuseSummary } from '../../scripts/emit/reuse-pages.ts';
import { emitDocumentFiles } from '../../scripts/emit/document-files.ts';
import { writeSitemap } from '../../scripts/emit/write-sitemap.ts';

const work = mkdtempSync(join(tmpdir(), 'page-reuse-'));
after(() => rmSync(work, { recursive: true, force: true }));

function put(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
const inode = (path: string) => statSync(path).ino;

describe('page manifest and plan files', () => {
  it('a manifest is read back only for the folder it describes, and only once finished', () => {
    const file = join(work, 'manifest', 'pages.json');
    const pages = { 'a/index.html': { fp: 'f1', stamp: '1:2:3', sitemap: { listed: true, links: [] } } };
    writePageManifest(file, join(work, 'dist'), pages);
    assert.equal(readPageManifest(file, join(work, 'dist')).size, 0, 'read before it was finished');
    finishPageManifest(file);
    assert.deepEqual([...readPageManifest(file, join(work, 'dist'))], Object.entries(pages));
    assert.equal(readPageManifest(file, join(work, 'elsewhere')).size, 0);
  });

  it("every route's plan is read back, and a route planned twice counts once", () => {
    const folder = join(work, 'plan');
    writePlan(folder, [{ file: 'a/index.html', fp: '1' }]);
    writePlan(folder, [{ file: 'a/index.html', fp: '1' }]);
    writePlan(folder, [{ file: 'feeds/x.xml', fp: '2', reused: { stamp: 's' } }]);
    assert.deepEqual([...readPlan(folder).keys()].sort(), ['a/index.html', 'feeds/x.xml']);
    assert.equal(readPlan(join(work, 'no-plan')).size, 0);
  });
});

describe('reusePages', () => {
  it('links the planned files from the published site and counts pages rendered and reused', () => {
    const from = join(work, 'reuse', 'published');
    const site = join(work, 'reuse', 'site');
    const plan = join(work, 'reuse', 'plan');
    const old = put(join(from, 'documents/a/index.html'), '<p>a</p>');
    put(join(from, 'feeds/a.xml'), '<feed/>');
    put(join(site, 'documents/b/index.html'), '<p>b</p>');
    writePlan(plan, [
      { file: 'documents/a/index.html', fp: '1', reused: { stamp: fileStamp(old)! } },
      { file: 'documents/b/index.html', fp: '2' },
    ]);
    writePlan(plan, [{ file: 'feeds/a.xml', fp: '3', reused: { stamp: 'x' } }]);
    const r = reusePages(site, from, plan);
    assert.equal(inode(join(site, 'documents/a/index.html')), inode(old));
    assert.equal(readFileSync(join(site, 'feeds/a.xml'), 'utf8'), '<feed/>');
    assert.deepEqual(r.pages, { rendered: 1, reused: 1 });
    assert.equal(reuseSummary({ rendered: 9, reused: 13292 }), 'pages: 9 rendered, 13,292 reused from the last build');
  });

  it('refuses a file both rendered and planned for reuse, and one gone from the published site', () => {
    const from = join(work, 'refuse', 'published');
    const site = join(work, 'refuse', 'site');
    put(join(from, 'x/index.html'), 'old');
    put(join(site, 'x/index.html'), 'new');
    writePlan(join(work, 'refuse', 'plan'), [{ file: 'x/index.html', fp: '1', reused: { stamp: 's' } }]);
    assert.throws(() => reusePages(site, from, join(work, 'refuse', 'plan')), /both rendered and planned/);
    writePlan(join(work, 'refuse', 'gone'), [{ file: 'y/index.html', fp: '1', reused: { stamp: 's' } }]);
    assert.throws(() => reusePages(site, from, join(work, 'refuse', 'gone')), /planned for reuse but is gone/);
  });
});

describe('emitDocumentFiles', () => {
  const dirs = (name: string) => ({
    documentsDir: join(work, name, 'documents'),
    rawDir: join(work, name, 'raw'),
    site: join(work, name, 'site'),
  });

  it("links a source copy from the published site while the source's key and the copy's stamp are unchanged, and copies the source otherwise", () => {
    const d = dirs('texts');
    for (const slug of ['a', 'b', 'c']) put(join(d.documentsDir, 'records', `${slug}.json`), '{}');
    for (const slug of ['a', 'b', 'c']) put(join(d.rawDir, `${slug}.txt`), `source ${slug}\n`);
    const published = join(work, 'texts', 'published');
    const copy = (slug: string, text: string) => put(join(published, `data/documents/${slug}.txt`), text);
    const [a, b, c] = [copy('a', 'source a\n'), copy('b', 'edited by hand\n'), copy('c', 'old source c\n')];
    const pages = new Map([
      ['data/documents/a.txt', { fp: 'key-a', stamp: fileStamp(a)! }],
      // b's copy was written over after the manifest stamped it; c's source has another key.
      ['data/documents/b.txt', { fp: 'key-b', stamp: 'stale' }],
      ['data/documents/c.txt', { fp: 'key-c-old', stamp: fileStamp(c)! }],
    ]);
    const documents = ['a', 'b', 'c'].map((slug) => ({ slug, source: `${slug}.txt`, key: `key-${slug}` }));
    const entries = emitDocumentFiles(documents, { ...d, published: { dir: published, pages } });
    const text = (slug: string) => readFileSync(join(d.site, `data/documents/${slug}.txt`), 'utf8');
    assert.equal(inode(join(d.site, 'data/documents/a.txt')), inode(a));
    assert.deepEqual([text('a'), text('b'), text('c')], ['source a\n', 'source b\n', 'source c\n']);
    assert.notEqual(inode(join(d.site, 'data/documents/b.txt')), inode(b));
    assert.deepEqual(
      entries.map((e) => [e.file, e.fp, !!e.reused]),
      [
        ['data/documents/a.txt', 'key-a', true],
        ['data/documents/b.txt', 'key-b', false],
        ['data/documents/c.txt', 'key-c', false],
      ],
    );
  });

  it('copies every source when there is no published site or no key', () => {
    const d = dirs('no-key');
    put(join(d.documentsDir, 'records', 'a.json'), '{}');
    put(join(d.rawDir, 'a.txt'), 'source a\n');
    assert.deepEqual(emitDocumentFiles([{ slug: 'a', source: 'a.txt', key: '' }], d), []);
    assert.equal(readFileSync(join(d.site, 'data/documents/a.txt'), 'utf8'), 'source a\n');
  });
});

describe('writeSitemap', () => {
  it("takes a reused page's facts from the manifest and reads every other page", async () => {
    const site = join(work, 'sitemap', 'site');
    put(join(site, 'documents/a/index.html'), '<html></html>');
    put(join(site, 'topics/t/index.html'), '<a href="/documents/b/#s1">b</a>');
    const documentsJson = put(
      join(work, 'sitemap', 'documents.json'),
      '[\n  {\n    "url": "/documents/a/",\n    "dateWritten": "2024-01-02",\n    "datePublished": null\n  },\n  {\n    "url": "/documents/b/",\n    "dateWritten": "2023-05-06",\n    "datePublished": null\n  }\n]\n',
    );
    // The manifest says page a links to b: only its facts, not its HTML, can say so.
    const known = new Map([['documents/a/index.html', { listed: true, links: ['/documents/b/'] }]]);
    const { facts } = await writeSitemap(site, { documentsJson, origin: 'https://example.org', base: '/', known });
    assert.deepEqual(facts.get('topics/t/index.html'), { listed: true, links: ['/documents/b/'] });
    assert.equal(
      readFileSync(join(site, 'sitemap.xml'), 'utf8'),
      '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://example.org/documents/a/</loc><lastmod>2024-01-02</lastmod></url>\n' +
        '  <url><loc>https://example.org/topics/t/</loc><lastmod>2023-05-06</lastmod></url>\n' +
        '</urlset>\n',
    );
  });
});
