/**
 * Publishing (scripts/publish-site.ts, scripts/build.ts): a reader or a later build always finds
 * a whole site, the last good one is never deleted before a new one is in place, a site built
 * from fewer documents than were normalised is never published, and what killed builds left is
 * cleared.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { incompleteSiteError } from '../../scripts/check-site-complete.ts';
import { buildContent } from '../../scripts/build-content.ts';
import { staleTemporaries } from '../../scripts/pipeline/stale-temporaries.ts';
import { publishSite, restoreInterruptedPublish } from '../../scripts/publish-site.ts';
import { rawDir, root } from './support/corpus.ts';
import { digests } from './support/site-build.ts';

const work = mkdtempSync(join(tmpdir(), 'publish-site-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A folder holding one index.html that says `text`. */
function site(path: string, text: string): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
  return path;
}
const says = (path: string) => readFileSync(join(path, 'index.html'), 'utf8');

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('publishSite', () => {
  it('keeps the replaced site beside the new one, and moves only the one before it to the trash', async () => {
    const dir = join(work, 'rotate');
    const out = join(dir, 'dist');
    const trash = join(dir, 'trash');
    await publishSite(site(join(dir, 'one'), 'one'), out, trash, 'a');
    await publishSite(site(join(dir, 'two'), 'two'), out, trash, 'b');
    assert.deepEqual(
      [says(out), says(join(dir, '.dist.previous')), existsSync(trash), existsSync(join(dir, '.dist.publishing'))],
      ['two', 'one', false, false],
    );
    await publishSite(site(join(dir, 'three'), 'three'), out, trash, 'c');
    assert.deepEqual(
      [says(out), says(join(dir, '.dist.previous')), readdirSync(trash), says(join(trash, 'site-c'))],
      ['three', 'two', ['site-c'], 'one'],
    );
  });

  it('a publish stopped between its two renames is undone: the previous site goes back in place', async () => {
    const dir = join(work, 'stopped');
    site(join(dir, '.dist.previous'), 'last good');
    writeFileSync(join(dir, '.dist.publishing'), '123\n');
    assert.equal(await restoreInterruptedPublish(join(dir, 'dist')), true);
    assert.deepEqual(
      [says(join(dir, 'dist')), existsSync(join(dir, '.dist.previous')), existsSync(join(dir, '.dist.publishing'))],
      ['last good', false, false],
    );
    assert.equal(await restoreInterruptedPublish(join(dir, 'dist')), false);
  });

  it('a dist/ deleted on purpose (no publish under way) is not brought back', async () => {
    const dir = join(work, 'deleted');
    site(join(dir, '.dist.previous'), 'older');
    assert.equal(await restoreInterruptedPublish(join(dir, 'dist')), false);
    assert.equal(existsSync(join(dir, 'dist')), false);
  });
});

it('a site that lacks the page of a normalised document is refused, naming the pages', () => {
  const staging = site(join(work, 'staging', 'documents', 'a-2020-1'), 'a');
  assert.equal(incompleteSiteError(join(work, 'staging'), ['a-2020-1']), null);
  assert.equal(
    incompleteSiteError(join(work, 'staging'), ['a-2020-1', 'b-2021-2'])?.message,
    'the new site lacks the pages of 1 of the 2 documents the build script normalised (documents/b-2021-2/index.html): the collection changed while Astro read it. Run the build again, and let no other process change the collection meanwhile.',
  );
  assert.ok(existsSync(staging));
});

it('the folders of a killed build are found by their ended process, never a running one', () => {
  const dir = join(work, 'stale');
  const dead = deadPid();
  for (const n of [
    `.documents.tmp-${dead}`,
    `.documents.tmp-${dead}-spill`,
    `.documents.tmp-${process.pid}`,
    `.documents.tmp-${process.ppid}`,
    'documents',
  ])
    mkdirSync(join(dir, n), { recursive: true });
  assert.deepEqual(staleTemporaries(dir, /^\.documents\.tmp-(\d+)(?:-spill|-old)?$/), [
    join(dir, `.documents.tmp-${dead}`),
    join(dir, `.documents.tmp-${dead}-spill`),
  ]);
});

it('the next content build clears the temporary folders a killed one left beside its output', async () => {
  const dir = join(work, 'killed');
  const dead = deadPid();
  for (const n of [`.documents.tmp-${dead}`, `.documents.tmp-${dead}-spill`, `.documents.tmp-${process.ppid}`])
    site(join(dir, n), 'left behind');
  await buildContent({ inDir: rawDir, outDir: join(dir, 'documents'), contentDir: join(root, 'content'), cacheDir: false });
  assert.deepEqual(readdirSync(dir).sort(), [`.documents.tmp-${process.ppid}`, 'documents']);
});

/** Runs scripts/build.ts; `onStage` is called at each `::stage` marker. Resolves to its exit code and stderr. */
function build(
  env: Record<string, string>,
  onStage: (stage: string) => void = () => undefined,
): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, BASE_PATH: '/archive/', SITE_URL: 'https://archive.example.org', BUILD_STAGES: '1', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stderr += text;
      for (const m of text.matchAll(/^::stage (\w+)$/gm)) onStage(m[1]!);
    });
    child.stdout.resume();
    child.on('close', (code) => done({ code: code ?? -1, stderr }));
  });
}

describe('scripts/build.ts', () => {
  const out = join(work, 'build', 'archive');
  const documents = join(work, 'build', 'documents');
  const env = { RAW_DIR: rawDir, OUT_DIR: out, DOCUMENTS_DIR: documents, ASTRO_CACHE_DIR: join(work, 'build', 'cache') };

  it('with the collection emptied while Astro runs, fails, puts back the site a stopped publish left aside, and clears what killed builds left', async () => {
    site(join(work, 'build', '.archive.previous'), 'last good');
    writeFileSync(join(work, 'build', '.archive.publishing'), '123\n');
    const dead = deadPid();
    const left = [`site-${dead}`, `site-${dead}-search`].map((n) => site(join(root, '.build', n), 'left behind'));
    const run = await build(env, (stage) => {
      if (stage !== 'astro') return;
      renameSync(documents, `${documents}-gone`);
      mkdirSync(documents);
    });
    assert.equal(run.code, 1, run.stderr);
    // The collection was swapped in before Astro ran (README: it can be newer than the site).
    assert.equal(readdirSync(`${documents}-gone`).filter((n) => n.endsWith('.mdx')).length, 5);
    assert.match(
      run.stderr,
      /^build: the new site lacks the pages of 5 of the 5 documents the build script normalised \(documents\/[a-z0-9-]+\/index\.html, /m,
    );
    assert.deepEqual(digests(out), digests(site(join(work, 'expected'), 'last good')));
    assert.equal(existsSync(join(work, 'build', '.archive.previous')), false);
    assert.deepEqual(left.map(existsSync), [false, false]);
  });

  it('a build that succeeds keeps the site it replaced beside the new one', async () => {
    rmSync(documents, { recursive: true, force: true });
    const run = await build(env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(says(join(work, 'build', '.archive.previous')), 'last good');
    assert.ok(existsSync(join(out, 'documents', 'jl-wfyz-2020-49', 'index.html')));
  });

  it('the search index refuses a collection of another size than the build script normalised', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/build-search-index.ts', '--documents', documents, '--site', join(work, 'index-only'), '--expect', '6'],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr,
      `search index: 5 documents in ${documents}, but the build script normalised 6: the collection changed while it was read. Run the build again.\n`,
    );
  });
});
