/** The build script as a whole: deterministic output, and a failed run changes nothing. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { buildContent } from '../../scripts/run/build-content.ts';
import type { BuildError } from '../../src/schema/build-error.ts';
import { rawDir, root } from '../support/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'build-content-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` with its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      out[join(e.parentPath, e.name).slice(dir.length + 1)] = readFileSync(join(e.parentPath, e.name)).toString('base64');
  }
  return out;
}

/** The seeds plus the e2e fixtures, copied into a fresh folder. */
function sources(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const from of [rawDir, join(root, 'tests/fixtures/e2e')]) {
    for (const n of readdirSync(from).filter((f) => f.endsWith('.txt'))) copyFileSync(join(from, n), join(dir, n));
  }
  return dir;
}

it('two runs over the same sources write byte-identical files, in the main thread or in two workers', async () => {
  const inDir = sources('in');
  await buildContent({ inDir, outDir: join(work, 'out-a'), contentDir: join(root, 'content') });
  await buildContent({ inDir, outDir: join(work, 'out-b'), contentDir: join(root, 'content'), workers: 2 });
  const a = snapshot(join(work, 'out-a'));
  assert.deepEqual(
    Object.keys(a).sort(),
    [
      'documents.json',
      'jl-kfy-2022-97.mdx',
      'jl-kfy-2023-102.mdx',
      'jl-wfyz-2020-49.mdx',
      'jl-yyzf-2017-1.mdx',
      'report.json',
      'sc-wc-2024-1.mdx',
      'sc-wjw-jkpyxzsc-478862.mdx',
      'records/jl-kfy-2022-97.json',
      'records/jl-kfy-2023-102.json',
      'records/jl-wfyz-2020-49.json',
      'records/jl-yyzf-2017-1.json',
      'records/sc-wc-2024-1.json',
      'records/sc-wjw-jkpyxzsc-478862.json',
    ].sort(),
  );
  assert.deepEqual(snapshot(join(work, 'out-b')), a);
});

it('documents.json and report.json are written as JSON.stringify(value, null, 2) would', () => {
  for (const name of ['documents.json', 'report.json']) {
    const text = readFileSync(join(work, 'out-a', name), 'utf8');
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  }
});

it('a failed run leaves the previous output untouched', async () => {
  const inDir = sources('in-bad');
  const outDir = join(work, 'out-kept');
  await buildContent({ inDir, outDir, contentDir: join(root, 'content') });
  const before = snapshot(outDir);
  writeFileSync(join(inDir, 'zz-empty.txt'), '');
  await assert.rejects(buildContent({ inDir, outDir, contentDir: join(root, 'content') }), AggregateError);
  assert.deepEqual(snapshot(outDir), before);
});

it('a failed site build exits non-zero, prints the error and leaves OUT_DIR untouched', () => {
  const inDir = sources('in-site');
  writeFileSync(join(inDir, 'zz-empty.txt'), ' \n');
  const outDir = join(work, 'site');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'previous site');
  const run = spawnSync(process.execPath, ['scripts/run/build.ts'], {
    cwd: root,
    env: { ...process.env, RAW_DIR: inDir, OUT_DIR: outDir, SITE_URL: 'https://example.org' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.equal(run.stderr.split('\n')[0], `${inDir}/zz-empty.txt:1:1  the file holds only whitespace [empty-source]`);
  assert.deepEqual(snapshot(outDir), { 'index.html': Buffer.from('previous site').toString('base64') });
});

it('two sources with one 发文字号 fail the run with every error once, in file order, and leave no output', async () => {
  const inDir = sources('in-twice');
  copyFileSync(join(inDir, '001_a13787c58483bbcf.txt'), join(inDir, '001_copy.txt'));
  writeFileSync(join(inDir, 'zz-empty.txt'), '');
  const outDir = join(work, 'out-twice');
  const failed = await buildContent({ inDir, outDir, contentDir: join(root, 'content'), workers: 2 }).catch((e: unknown) => e);
  assert.ok(failed instanceof AggregateError);
  assert.deepEqual(
    failed.errors.map((e: BuildError) => `${e.file.slice(inDir.length + 1)} ${e.rule}`),
    ['001_copy.txt duplicate-slug', '001_copy.txt duplicate-doc-number', 'zz-empty.txt empty-source'],
  );
  assert.equal(existsSync(outDir), false);
});

it('corrections come from the folder beside the sources, not the checkout, or from --corrections', () => {
  const inDir = join(work, 'elsewhere', 'raw');
  mkdirSync(inDir, { recursive: true });
  copyFileSync(join(rawDir, '000_a53c656e4978de6c.txt'), join(inDir, '000_a53c656e4978de6c.txt'));
  mkdirSync(join(work, 'elsewhere', 'corrections'));
  writeFileSync(join(work, 'elsewhere', 'corrections', '000_a53c656e4978de6c.yaml'), 'docType: notice\n');
  const mine = join(work, 'my-corrections');
  mkdirSync(mine);
  writeFileSync(join(mine, '000_a53c656e4978de6c.yaml'), 'docType: opinion\n');
  const normalise = (out: string, ...args: string[]) =>
    spawnSync(
      process.execPath,
      ['scripts/run/build-content.ts', '--in', inDir, '--out', join(work, out), '--no-cache', ...args],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
  const beside = normalise('out-beside');
  assert.equal(beside.status, 0, beside.stderr);
  assert.match(readFileSync(join(work, 'out-beside', 'jl-wfyz-2020-49.mdx'), 'utf8'), /\ndocType: "notice"\n/);
  const given = normalise('out-given', '--corrections', mine);
  assert.equal(given.status, 0, given.stderr);
  assert.match(readFileSync(join(work, 'out-given', 'jl-wfyz-2020-49.mdx'), 'utf8'), /\ndocType: "opinion"\n/);
});

it('a symbolic link, a dangling one, a folder named x.txt and a .TXT source are refused by name, and nothing is written', async () => {
  const inDir = sources('in-links');
  const outside = join(work, 'outside.txt');
  writeFileSync(outside, '关于印发《示例办法》的通知\n');
  symlinkSync(outside, join(inDir, 'a-link.txt'));
  symlinkSync(join(work, 'nowhere.txt'), join(inDir, 'b-dangling.txt'));
  mkdirSync(join(inDir, 'c-folder.txt'));
  copyFileSync(join(rawDir, '000_a53c656e4978de6c.txt'), join(inDir, 'd-upper.TXT'));
  const outDir = join(work, 'out-links');
  const failed = await buildContent({ inDir, outDir, contentDir: join(root, 'content') }).catch((e: unknown) => e);
  assert.ok(failed instanceof AggregateError);
  assert.deepEqual(
    failed.errors.map((e: BuildError) => e.format()),
    [
      `${inDir}/a-link.txt:1:1  a symbolic link (to ${outside}), not a file [source-not-a-file]\n  put the document itself into ${inDir}: links are not followed`,
      `${inDir}/b-dangling.txt:1:1  a symbolic link (to ${work}/nowhere.txt), not a file [source-not-a-file]\n  put the document itself into ${inDir}: links are not followed`,
      `${inDir}/c-folder.txt:1:1  a folder, not a file [source-not-a-file]\n  rename or move the folder: sources are .txt files`,
      `${inDir}/d-upper.TXT:1:1  the extension is ".TXT", not ".txt" [source-extension]\n  rename it to d-upper.txt`,
    ],
  );
  assert.equal(existsSync(outDir), false);
});
