import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, test } from 'node:test';
import { JSON_SCHEMA, load } from 'js-yaml';
import { buildContent } from '../../scripts/build-content.ts';
import { documentRecord } from '../../src/lib/data-records.ts';
import {
  describeRecords,
  normalisedRecordsFile,
  publishRecordsFile,
  RECORDS_VARIABLE,
  takeRecordsFile,
} from '../../src/lib/normalised-records.ts';
import { handSourceKeys, sourceKeyOf } from '../../src/lib/source-keys.ts';
import { splitFrontmatter } from '../../src/loaders/mdx-documents.ts';
import { documentSchema } from '../../src/schema/document.ts';
import { rawDir, root } from './support/corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'normalised-records-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const docs = [
  { slug: 'b-2021-1', url: '/archive/documents/b-2021-1/' },
  { slug: 'a-2020-7', url: '/archive/documents/a-2020-7/' },
];
const json = `${JSON.stringify(docs, null, 2)}\n`;
const file = join(dir, 'documents.json');
/** The environment scripts/build.ts gives Astro after the build script described its file. */
const handed = (records = describeRecords(file, docs)) => ({ [RECORDS_VARIABLE]: JSON.stringify(records) });

beforeEach(() => writeFileSync(file, json));

test("the build script's file is published when it is handed over, unchanged, with these documents' slugs and URLs in order", () => {
  assert.equal(normalisedRecordsFile(docs, handed()), file);
});

test('another order, another base, another set of documents: the route writes its own', () => {
  const env = handed();
  assert.equal(normalisedRecordsFile([...docs].reverse(), env), null);
  assert.equal(
    normalisedRecordsFile(
      docs.map((d) => ({ ...d, url: d.url.replace('/archive/', '/') })),
      env,
    ),
    null,
  );
  assert.equal(normalisedRecordsFile(docs.slice(1), env), null);
  assert.equal(normalisedRecordsFile([...docs, { slug: 'c', url: '/archive/documents/c/' }], env), null);
});

test('a file replaced or edited after the build script wrote it, or nothing or garbage handed over: the route writes its own', () => {
  const env = handed();
  writeFileSync(join(dir, 'replacement.json'), json);
  renameSync(join(dir, 'replacement.json'), file);
  assert.equal(normalisedRecordsFile(docs, env), null, 'same bytes, another file');
  const again = handed();
  writeFileSync(file, `${json} `);
  assert.equal(normalisedRecordsFile(docs, again), null, 'edited in place');
  assert.equal(normalisedRecordsFile(docs, {}), null, 'Astro on its own');
  assert.equal(normalisedRecordsFile(docs, { [RECORDS_VARIABLE]: '{"file": ' }), null, 'cut short');
  rmSync(file);
  assert.equal(normalisedRecordsFile(docs, handed()), null, 'no file');
});

test('the route hands the file over once', () => {
  publishRecordsFile('/x/documents.json');
  assert.equal(takeRecordsFile(), '/x/documents.json');
  assert.equal(takeRecordsFile(), undefined);
});

test("the build script's documents.json is what the route would write from the collection, and its keys say so", async () => {
  const inDir = join(dir, 'raw');
  mkdirSync(inDir);
  for (const n of readdirSync(rawDir).filter((f) => f.endsWith('.txt'))) copyFileSync(join(rawDir, n), join(inDir, n));
  copyFileSync(join(root, 'tests/fixtures/e2e/hostile-text.txt'), join(inDir, 'hostile-text.txt'));
  const out = join(dir, 'documents');
  const { records } = await buildContent({
    inDir,
    outDir: out,
    contentDir: join(root, 'content'),
    base: '/archive/',
    cacheDir: false,
  });
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
  const urls = data.map((d) => ({ slug: d.slug, url: `/archive/documents/${d.slug}/` }));
  const env = { [RECORDS_VARIABLE]: JSON.stringify(records) };
  assert.equal(normalisedRecordsFile(urls, env), join(out, 'documents.json'));
  assert.equal(
    normalisedRecordsFile(
      urls.map((u) => ({ ...u, url: u.url.replace('/archive/', '/') })),
      env,
    ),
    null,
  );
});

test('source keys are handed from the build script to the .txt route in this process; none, none', () => {
  assert.equal(sourceKeyOf('a.txt'), undefined);
  handSourceKeys(new Map([['a.txt', 'k1']]));
  assert.equal(sourceKeyOf('a.txt'), 'k1');
  assert.equal(sourceKeyOf('b.txt'), undefined);
});
