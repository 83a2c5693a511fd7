/**
 * The search index on disk across builds: a rebuild links the published files whose content is
 * unchanged (same inode, never read or compressed again), writes the others, and trusts the
 * manifest only for files still as it describes them.
 */
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildContent } from '../../scripts/run/build-content.ts';
import { finishIndexManifest } from '../../src/search/build/index-manifest.ts';
import { writeSearchIndex } from '../../src/search/build/write-search-index.ts';
import { rawDir, root } from '../support/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'write-search-index-'));
after(() => rmSync(work, { recursive: true, force: true }));
const contentDir = join(root, 'content');

/** Every file of a folder, recursively, by relative path. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

it('a rebuild links unchanged files from the published index and writes changed ones', async () => {
  const documentsDir = join(work, 'documents');
  await buildContent({ inDir: rawDir, outDir: documentsDir, contentDir, cacheDir: false });
  const out = join(work, 'out');
  const manifest = join(work, 'cache', 'manifest.json');
  const previous = { siteDir: out, manifest };
  /** A build into a staging folder, then published as scripts/run/build.ts does. */
  const build = async (name: string) => {
    const staging = join(work, name);
    await writeSearchIndex({ documentsDir, contentDir, siteDir: staging, previous });
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    renameSync(join(staging, 'search-index'), join(out, 'search-index'));
    finishIndexManifest(manifest);
  };
  await build('first');
  const fresh = join(work, 'fresh');
  await writeSearchIndex({ documentsDir, contentDir, siteDir: fresh });
  const paths = files(join(out, 'search-index'));
  assert.deepEqual(paths, files(join(fresh, 'search-index')));
  const inodes = new Map(paths.map((p) => [p, statSync(join(out, 'search-index', p)).ino]));

  // Nothing changed: every file is the published one.
  const staging = join(work, 'second');
  await writeSearchIndex({ documentsDir, contentDir, siteDir: staging, previous });
  for (const p of paths) assert.equal(statSync(join(staging, 'search-index', p)).ino, inodes.get(p), p);
  assert.equal(existsSync(`${manifest}.next`), true);

  // A published file replaced since (other bytes, its stamp changed) is not trusted: it is written anew.
  const meta = join(out, 'search-index', 'meta.bin');
  const tampered = join(
    out,
    'search-index',
    paths.find((p) => p.startsWith('buckets-'))!,
  );
  rmSync(tampered);
  writeFileSync(tampered, gzipSync('tampered'));
  const third = join(work, 'third');
  await writeSearchIndex({ documentsDir, contentDir, siteDir: third, previous });
  const rewritten = join(third, 'search-index', tampered.slice(join(out, 'search-index').length + 1));
  assert.notEqual(statSync(rewritten).ino, statSync(tampered).ino);
  assert.deepEqual(
    readFileSync(rewritten),
    readFileSync(join(fresh, 'search-index', tampered.slice(join(out, 'search-index').length + 1))),
  );
  assert.equal(statSync(join(third, 'search-index', 'meta.bin')).ino, statSync(meta).ino);
});
