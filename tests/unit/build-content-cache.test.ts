/**
 * The build script's record cache: a warm build after edits writes exactly what a cold build
 * of the same sources writes, parses only the changed sources, and leaves unchanged MDX files
 * (and their inodes and times) alone.
 */
import assert from 'node:assert/strict';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { buildContent } from '../../scripts/run/build-content.ts';
import { cacheSalt } from '../../scripts/corpus/cache-key.ts';
import { rawDir, root } from '../support/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'build-content-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));
const contentDir = join(root, 'content');
const reply = '000_a53c656e4978de6c.txt';

/** The files under `dir`, records/ included, by relative path. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => statSync(join(dir, n)).isFile())
    .sort();

/** Every file under `dir` with its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of files(dir)) out[n] = readFileSync(join(dir, n)).toString('base64');
  return out;
}

const inodes = (dir: string) => Object.fromEntries(files(dir).map((n) => [n, statSync(join(dir, n)).ino]));

/** The seeds, the hostile-text fixture and a notice citing 000 by its 发文字号. */
function sources(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const n of readdirSync(rawDir).filter((f) => f.endsWith('.txt'))) copyFileSync(join(rawDir, n), join(dir, n));
  copyFileSync(join(root, 'tests/fixtures/e2e/hostile-text.txt'), join(dir, 'hostile-text.txt'));
  writeFileSync(
    join(dir, 'zz-cites.txt'),
    '关于转发有关文件的通知\n各有关单位：\n　　现将吉卫复议字〔2020〕49号转发给你们，请参照执行。\n吉林省卫生健康委员会\n2021年3月1日\n',
  );
  return dir;
}

/** A cold build of `inDir` (no cache) into a fresh folder; returns its snapshot. */
async function cold(inDir: string, name: string): Promise<Record<string, string>> {
  const outDir = join(work, name);
  await buildContent({ inDir, outDir, contentDir, cacheDir: false });
  assert.equal(existsSync(join(work, `.${name}-cache`)), false);
  return snapshot(outDir);
}

it('a warm build after edits writes what a cold build writes, parsing only the edited sources', async () => {
  const inDir = sources('in');
  const outDir = join(work, 'out');
  const first = await buildContent({ inDir, outDir, contentDir });
  assert.deepEqual(first.report.stats, { reused: 0, parsed: 7, written: 7, unchanged: 0, removed: 0 });
  // A record per source, and one of the notice rendered with its citation resolved.
  assert.equal(readdirSync(join(work, '.out-cache')).length, 8);

  const built = inodes(outDir);
  const again = await buildContent({ inDir, outDir, contentDir });
  assert.deepEqual(again.report.stats, { reused: 7, parsed: 0, written: 0, unchanged: 7, removed: 0 });
  // Every document, by slug and source file, in source order.
  assert.deepEqual(
    again.documents.map((d) => d.source),
    readdirSync(inDir).sort(),
  );
  assert.deepEqual(again.documents, first.documents);
  // Every MDX file and record is the same file, the notice whose citation resolves too; documents.json and report.json are new.
  const kept = inodes(outDir);
  for (const n of Object.keys(built)) assert.equal(kept[n] === built[n], n.endsWith('.mdx') || n.startsWith('records/'), n);

  // 000 gets another 发文字号: a new slug, and the notice citing its old number no longer resolves.
  const before = inodes(outDir);
  writeFileSync(
    join(inDir, reply),
    readFileSync(join(inDir, reply), 'utf8').replaceAll('吉卫复议字〔2020〕49号', '吉卫复议字〔2020〕50号'),
  );
  rmSync(join(inDir, 'hostile-text.txt'));
  const warm = await buildContent({ inDir, outDir, contentDir });
  assert.deepEqual(warm.report.stats, { reused: 5, parsed: 1, written: 2, unchanged: 4, removed: 2 });
  // The edited source has a new slug; the removed one is gone.
  assert.deepEqual(
    warm.documents.filter((d) => !first.documents.some((f) => f.slug === d.slug)).map(({ slug, source }) => ({ slug, source })),
    [{ slug: 'jl-wfyz-2020-50', source: reply }],
  );
  // A source's key changes with its bytes and only then (the site links unchanged source copies by it).
  const keyOf = (docs: typeof first.documents, source: string) => docs.find((d) => d.source === source)?.key;
  assert.notEqual(keyOf(warm.documents, reply), keyOf(first.documents, reply));
  for (const d of warm.documents.filter((d) => d.source !== reply))
    assert.equal(d.key, keyOf(first.documents, d.source), d.source);
  assert.ok(warm.documents.every((d) => /^[0-9a-f]{64}$/.test(d.key)));
  assert.equal(
    warm.documents.some((d) => d.source === 'hostile-text.txt'),
    false,
  );
  assert.deepEqual(snapshot(outDir), await cold(inDir, 'cold'));

  const after = inodes(outDir);
  const citing = 'jl-wjw-20210301-zfygwj-ca518e.mdx';
  assert.equal(existsSync(join(outDir, 'jl-wfyz-2020-49.mdx')), false);
  assert.equal(existsSync(join(outDir, 'sc-wc-2024-1.mdx')), false);
  assert.match(
    readFileSync(join(outDir, citing), 'utf8'),
    /text: "吉卫复议字〔2020〕49号"\n {4}sections:\n {6}- ""\n {4}resolved: null\n/,
  );
  for (const n of ['jl-kfy-2022-97.mdx', 'jl-kfy-2023-102.mdx', 'jl-yyzf-2017-1.mdx', 'sc-wjw-jkpyxzsc-478862.mdx'])
    assert.equal(after[n], before[n], `${n} was rewritten`);
  assert.notEqual(after[citing], before[citing]);
  // Records no longer used are pruned: the notice's citation resolves no more, hostile-text is gone.
  assert.equal(readdirSync(join(work, '.out-cache')).length, 6);
});

it('a changed correction file is parsed again; other sources are not', async () => {
  const inDir = sources('in-corrected');
  const content = join(work, 'content-corrected');
  cpSync(contentDir, content, {
    recursive: true,
    filter: (from) => !from.includes(join('content', 'raw')) && !from.includes('documents'),
  });
  const outDir = join(work, 'out-corrected');
  await buildContent({ inDir, outDir, contentDir: content, correctionsDir: join(content, 'corrections') });
  writeFileSync(join(content, 'corrections', reply.replace('.txt', '.yaml')), 'docType: notice\n');
  const warm = await buildContent({ inDir, outDir, contentDir: content, correctionsDir: join(content, 'corrections') });
  assert.deepEqual(warm.report.stats, { reused: 6, parsed: 1, written: 1, unchanged: 6, removed: 0 });
  assert.match(readFileSync(join(outDir, 'jl-wfyz-2020-49.mdx'), 'utf8'), /\ndocType: "notice"\n/);
});

it('the cache key depends on the registries', () => {
  const content = join(work, 'content-registries');
  mkdirSync(content);
  for (const n of ['departments.yaml', 'topics.yaml']) copyFileSync(join(contentDir, n), join(content, n));
  const salt = cacheSalt(content, '/');
  assert.equal(cacheSalt(content, '/'), salt);
  writeFileSync(
    join(content, 'topics.yaml'),
    `${readFileSync(join(content, 'topics.yaml'), 'utf8')}- { slug: extra, name: 附加, keywords: [附加主题] }\n`,
  );
  assert.notEqual(cacheSalt(content, '/'), salt);
});

it('a failed warm build leaves the last output byte for byte, though its files were linked', async () => {
  const inDir = sources('in-failed');
  const outDir = join(work, 'out-failed');
  await buildContent({ inDir, outDir, contentDir, workers: 2 });
  const before = snapshot(outDir);
  // A second source with 001's 发文字号 and slug but other text: its MDX file has 001's name.
  writeFileSync(
    join(inDir, '001_b.txt'),
    readFileSync(join(inDir, '001_a13787c58483bbcf.txt'), 'utf8').replace('。', '。另起一句。'),
  );
  await assert.rejects(buildContent({ inDir, outDir, contentDir, workers: 2 }), AggregateError);
  assert.deepEqual(snapshot(outDir), before);
});

it('a document whose citation resolves is rendered again from the spilled record, its body as in the first pass', async () => {
  // The notice cites 000 by its 发文字号; without 000 in the corpus the citation does not resolve.
  const withTarget = sources('in-spill');
  const without = sources('in-spill-alone');
  rmSync(join(without, reply));
  const body = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8').split('\n---\n').slice(1).join('\n---\n');
  for (const workers of [1, 2]) {
    const resolved = join(work, `out-spill-${workers}`);
    const alone = join(work, `out-spill-alone-${workers}`);
    await buildContent({ inDir: withTarget, outDir: resolved, contentDir, cacheDir: false, workers });
    await buildContent({ inDir: without, outDir: alone, contentDir, cacheDir: false, workers });
    const citing = 'jl-wjw-20210301-zfygwj-ca518e.mdx';
    assert.match(
      readFileSync(join(resolved, citing), 'utf8'),
      /text: "吉卫复议字〔2020〕49号"\n {4}sections:\n {6}- ""\n {4}resolved: "jl-wfyz-2020-49"\n/,
    );
    assert.equal(body(resolved, citing), body(alone, citing));
    assert.match(
      body(resolved, citing),
      /^\n<Line kind="addressee">\n {2}各有关单位：\n<\/Line>\n\n<Para id="p1">\n {2}现将吉卫复议字〔2020〕49号转发给你们/,
    );
    // Nothing is left of the spill beside the output.
    assert.deepEqual(
      readdirSync(work).filter((n) => n.includes('spill') && n.startsWith('.')),
      [],
    );
  }
});

it('with a trash folder, the replaced output is moved there whole instead of deleted', async () => {
  const inDir = sources('in-trash');
  const outDir = join(work, 'out-trash');
  const trash = join(work, 'trash');
  await buildContent({ inDir, outDir, contentDir, cacheDir: false, trash });
  assert.equal(existsSync(trash), false);
  const before = snapshot(outDir);
  rmSync(join(inDir, 'hostile-text.txt'));
  await buildContent({ inDir, outDir, contentDir, cacheDir: false, trash });
  assert.deepEqual(readdirSync(trash), [`out-trash-${process.pid}`]);
  assert.deepEqual(snapshot(join(trash, `out-trash-${process.pid}`)), before);
  // hostile-text's MDX file and record are gone.
  assert.equal(Object.keys(snapshot(outDir)).length, Object.keys(before).length - 2);
});
