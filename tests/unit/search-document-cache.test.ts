/**
 * The search index's document cache (src/search/build/document-cache.ts): a rebuild reads
 * only the records whose stamp changed, drops the entries of files gone, ignores a cache of
 * another version or key, cut short, or built under another topic registry, and writes the
 * same index as a build without a cache.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { after, before, it } from 'node:test';
import { buildContent } from '../../scripts/run/build-content.ts';
import { readDocumentCache } from '../../src/search/build/document-cache.ts';
import { finishIndexManifest } from '../../src/search/build/index-manifest.ts';
import { writeSearchIndex } from '../../src/search/build/write-search-index.ts';
import { rawDir, root } from '../support/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'search-document-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));
const documentsDir = join(work, 'documents');
const contentDir = join(work, 'content');
const cacheFile = join(work, 'cache', 'docs.bin');

before(async () => {
  await buildContent({ inDir: rawDir, outDir: documentsDir, contentDir: join(root, 'content'), cacheDir: false });
  mkdirSync(contentDir);
  for (const f of ['topics.yaml', 'departments.yaml']) copyFileSync(join(root, 'content', f), join(contentDir, f));
});

const recordsDir = join(documentsDir, 'records');
const mdxFiles = (): string[] =>
  readdirSync(recordsDir)
    .filter((n) => n.endsWith('.json'))
    .sort();

/** Every file of a folder, recursively: relative path → sha256 of its bytes (a failed comparison stays readable). */
const folder = (dir: string): Map<string, string> =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((p) => [p.slice(dir.length + 1), createHash('sha256').update(readFileSync(p)).digest('hex')]),
  );

let runs = 0;
/** Builds the index with the cache (or without, `cached` false); its files and how many MDX files were read. */
async function build(cached = true, key = 'code'): Promise<{ files: Map<string, string>; read: number }> {
  const siteDir = join(work, `site-${runs++}`);
  const { read } = await writeSearchIndex({
    documentsDir,
    contentDir,
    siteDir,
    ...(cached ? { cache: { file: cacheFile, key } } : {}),
  });
  return { files: folder(siteDir), read };
}

/** Rewrites a record as the build script does: a new file (new inode) renamed over the old one. */
function rewrite(name: string, edit: (text: string) => string): void {
  const path = join(recordsDir, name);
  const text = readFileSync(path, 'utf8');
  assert.notEqual(edit(text), text);
  writeFileSync(`${path}.tmp`, edit(text));
  renameSync(`${path}.tmp`, path);
}

/** The cache file's value, to doctor it. */
interface RawCache {
  version: number;
  documentsDir: string;
  key: string;
  entries: [string, string, { text: string }][];
}
const readRaw = (): RawCache => deserialize(readFileSync(cacheFile)) as RawCache;

it('a rebuild takes unchanged files from the cache and writes the same index as a build without it', async () => {
  rmSync(cacheFile, { force: true });
  const cold = await build();
  assert.equal(cold.read, mdxFiles().length);
  assert.ok(mdxFiles().length >= 2);
  const warm = await build();
  assert.equal(warm.read, 0);
  assert.deepEqual(warm.files, cold.files);
  assert.deepEqual((await build(false)).files, cold.files);

  // The entries are really taken from the cache: one doctored there (its stamp kept) shows.
  const raw = readRaw();
  raw.entries[0]![2].text = '缓存里的文字';
  writeFileSync(cacheFile, serialize(raw));
  const doctored = await build();
  assert.equal(doctored.read, 0);
  assert.notDeepEqual(doctored.files, cold.files);
  rmSync(cacheFile);
});

it('a file rewritten since is read again; the others are not', async () => {
  await build();
  const name = mdxFiles()[1]!;
  // Another character in the body's text.
  rewrite(name, (text) => text.replace(/("body":"[^"]*?)。/, '$1！'));
  const warm = await build();
  assert.equal(warm.read, 1);
  const fresh = await build(false);
  assert.deepEqual(warm.files, fresh.files);
  assert.equal(readDocumentCache(cacheFile, recordsDir, readRaw().key).size, mdxFiles().length);
});

it('a file deleted loses its entry: put back with the same stamp, it is read again', async () => {
  await build();
  const name = mdxFiles()[0]!;
  const aside = join(work, name);
  linkSync(join(recordsDir, name), aside);
  rmSync(join(recordsDir, name));
  const without = await build();
  assert.equal(without.read, 0);
  assert.deepEqual(without.files, (await build(false)).files);
  assert.equal(readRaw().entries.length, mdxFiles().length);
  // A hard link keeps the inode, size and mtime: only a dropped entry makes it read again.
  linkSync(aside, join(recordsDir, name));
  rmSync(aside);
  assert.equal((await build()).read, 1);
});

it('a cache of another version or key, cut short or unreadable is ignored', async () => {
  const all = mdxFiles().length;
  const fresh = (await build(false)).files;
  await build();
  const raw = readRaw();
  writeFileSync(cacheFile, serialize({ ...raw, version: raw.version + 1 }));
  const other = await build();
  assert.equal(other.read, all);
  assert.deepEqual(other.files, fresh);

  assert.equal((await build(true, 'other code')).read, all);
  assert.equal((await build(true, 'other code')).read, 0);

  truncateSync(cacheFile, Math.floor(readFileSync(cacheFile).length / 2));
  const cut = await build(true, 'other code');
  assert.equal(cut.read, all);
  assert.deepEqual(cut.files, fresh);

  writeFileSync(cacheFile, 'not a cache');
  assert.equal((await build(true, 'other code')).read, all);
  assert.equal(readDocumentCache(join(work, 'no-such-cache'), recordsDir, 'code').size, 0);
});

it('a rebuild beside a published index links its unchanged files and writes the same index as a fresh build', async () => {
  const published = join(work, 'published');
  const previous = { siteDir: published, manifest: join(work, 'cache', 'manifest.json') };
  /** A build with the cache into a new folder, beside the published index. */
  const rebuild = async () => {
    const siteDir = join(work, `site-${runs++}`);
    const { read } = await writeSearchIndex({
      documentsDir,
      contentDir,
      siteDir,
      previous,
      cache: { file: cacheFile, key: 'code' },
    });
    return { siteDir, read };
  };
  const first = await rebuild();
  renameSync(first.siteDir, published);
  finishIndexManifest(previous.manifest);
  rewrite(mdxFiles()[0]!, (text) => text.replace(/("body":"[^"]*?)。/, '$1！'));
  const second = await rebuild();
  assert.equal(second.read, 1);
  // Most files are the published ones, linked; the entry point and a pack of buckets (the
  // edited document's new bigrams, 。 become ！) are written anew.
  const linked = [...folder(second.siteDir).keys()].filter(
    (p) => statSync(join(second.siteDir, p)).ino === statSync(join(published, p), { throwIfNoEntry: false })?.ino,
  );
  assert.ok(linked.length > 0);
  const written = [...folder(second.siteDir).keys()].filter((p) => !linked.includes(p));
  assert.ok(written.includes('search-index/meta.bin'), written.join(', '));
  assert.ok(
    written.some((p) => /^search-index\/buckets-\d+\.bin$/.test(p)),
    written.join(', '),
  );
  assert.deepEqual(folder(second.siteDir), (await build(false)).files);
});

it('a change to the topic registry reads every file again', async () => {
  await build();
  const topics = join(contentDir, 'topics.yaml');
  const text = readFileSync(topics, 'utf8');
  const earlier = await build();
  assert.equal(earlier.read, 0);
  // Topic names go into the documents' topic filter.
  writeFileSync(topics, text.replace(/name: (\S+)/g, 'name: $1（改）'));
  try {
    const later = await build();
    assert.equal(later.read, mdxFiles().length);
    assert.notDeepEqual(later.files, earlier.files);
    assert.deepEqual(later.files, (await build(false)).files);
  } finally {
    writeFileSync(topics, text);
  }
});
