import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkCollectionComplete } from '../../src/lib/check-collection-complete.ts';

const dir = mkdtempSync(join(tmpdir(), 'collection-complete-'));
after(() => rmSync(dir, { recursive: true, force: true }));
for (const n of ['a.mdx', 'b.mdx', 'report.json']) writeFileSync(join(dir, n), '');
mkdirSync(join(dir, 'c.mdx'));

test('as many entries as MDX files pass; other files and folders do not count', () => {
  assert.doesNotThrow(() => checkCollectionComplete(2, dir));
  assert.doesNotThrow(() => checkCollectionComplete(0, join(dir, 'missing')));
});

test('an empty store over a folder of documents fails the build with what to do', () => {
  assert.throws(
    () => checkCollectionComplete(0, dir),
    new Error(
      `the documents collection has 0 entries but ${dir} has 2 .mdx files: Astro's data store was not read in full. Run the build again; if this persists, delete Astro's cache folder (ASTRO_CACHE_DIR, default node_modules/.astro).`,
    ),
  );
});
