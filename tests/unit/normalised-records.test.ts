import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, test } from 'node:test';
import { JSON_SCHEMA, load } from 'js-yaml';
import { buildContent } from '../../scripts/build-content.ts';
import { documentRecord } from '../../src/lib/data-records.ts';
import { normalisedDocumentsJson } from '../../src/lib/normalised-records.ts';
import { splitFrontmatter } from '../../src/loaders/mdx-documents.ts';
import { documentSchema } from '../../src/schema/document.ts';
import { rawDir, root } from './support/corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'normalised-records-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const docs = [
  { slug: 'b-2021-1', url: '/archive/documents/b-2021-1/' },
  { slug: 'a-2020-7', url: '/archive/documents/a-2020-7/' },
];
// As the build script writes it: JSON.stringify(records, null, 2), nested slugs included.
const records = docs.map((d) => ({ title: '标题', slug: d.slug, topics: [{ slug: 'health', sections: [] }], url: d.url }));
const json = `${JSON.stringify(records, null, 2)}\n`;
const past = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');

beforeEach(() => {
  for (const d of docs) {
    writeFileSync(join(dir, `${d.slug}.mdx`), '---\n---\n');
    utimesSync(join(dir, `${d.slug}.mdx`), past, past);
  }
  writeFileSync(join(dir, 'documents.json'), json);
  utimesSync(join(dir, 'documents.json'), later, later);
});

test("the build script's file is published when it lists these documents' slugs and URLs in order", () => {
  assert.equal(normalisedDocumentsJson(dir, docs)?.toString('utf8'), json);
});

test('an MDX file newer than the file, another order, another base or no file: the route writes its own', () => {
  assert.equal(normalisedDocumentsJson(dir, [...docs].reverse()), null);
  assert.equal(
    normalisedDocumentsJson(
      dir,
      docs.map((d) => ({ ...d, url: d.url.replace('/archive/', '/') })),
    ),
    null,
  );
  assert.equal(normalisedDocumentsJson(dir, docs.slice(1)), null);
  utimesSync(join(dir, 'a-2020-7.mdx'), new Date('2026-01-03T00:00:00Z'), new Date('2026-01-03T00:00:00Z'));
  assert.equal(normalisedDocumentsJson(dir, docs), null);
  rmSync(join(dir, 'documents.json'));
  assert.equal(normalisedDocumentsJson(dir, docs), null);
});

test("the build script's documents.json is what the route would write from the collection", async () => {
  const inDir = join(dir, 'raw');
  mkdirSync(inDir);
  for (const n of readdirSync(rawDir).filter((f) => f.endsWith('.txt'))) copyFileSync(join(rawDir, n), join(inDir, n));
  copyFileSync(join(root, 'tests/fixtures/e2e/hostile-text.txt'), join(inDir, 'hostile-text.txt'));
  const out = join(dir, 'documents');
  await buildContent({ inDir, outDir: out, contentDir: join(root, 'content'), base: '/archive/', cacheDir: false });
  // The collection as Astro loads it: each MDX file's frontmatter through the schema; the route's order.
  const data = readdirSync(out)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) =>
      documentSchema.parse(load(splitFrontmatter(readFileSync(join(out, n), 'utf8')).frontmatter, { schema: JSON_SCHEMA })),
    )
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const route = `${JSON.stringify(
    data.map((d) => documentRecord(d, `/archive/documents/${d.slug}/`)),
    null,
    2,
  )}\n`;
  assert.equal(readFileSync(join(out, 'documents.json'), 'utf8'), route);
  assert.equal(
    normalisedDocumentsJson(
      out,
      data.map((d) => ({ slug: d.slug, url: `/archive/documents/${d.slug}/` })),
    )?.toString('utf8'),
    route,
  );
});
