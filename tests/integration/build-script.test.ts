/**
 * scripts/run/build.ts as a whole (whole-site builds): a build that loses its collection while
 * Astro runs fails and publishes nothing, a good build keeps the site it replaced beside it,
 * and the search index refuses a collection of another size.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { rawDir, root } from '../support/corpus.ts';
import { deadPid, says, site } from '../support/stand-in-sites.ts';
import { digests } from '../support/site-build.ts';

const work = mkdtempSync(join(tmpdir(), 'build-script-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs scripts/run/build.ts; `onStage` is called at each `::stage` marker. Resolves to its exit code and stderr. */
function build(
  env: Record<string, string>,
  onStage: (stage: string) => void = () => undefined,
): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/run/build.ts'], {
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

describe('scripts/run/build.ts', () => {
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
      /documents\/documents\.json is missing: the collection changed while Astro read it\. Run the build again/,
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
      ['scripts/run/build-search-index.ts', '--documents', documents, '--site', join(work, 'index-only'), '--expect', '6'],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr,
      `search index: 5 documents in ${documents}, but the build script normalised 6: the collection changed while it was read. Run the build again.\n`,
    );
  });
});
