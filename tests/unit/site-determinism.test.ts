/** Two whole-site builds (normalise, Astro, Pagefind) of the same sources are byte-identical. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { root } from './support/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'site-determinism-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** sha256 of every file of a folder, by relative path. */
function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length + 1)] = createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex');
  }
  return out;
}

function build(name: string): Record<string, string> {
  const outDir = join(work, name);
  const env = { ...process.env, RAW_DIR: 'content/raw', DOCUMENTS_DIR: join(work, `${name}-documents`), OUT_DIR: outDir, BASE_PATH: '/archive/', SITE_URL: 'https://archive.example.org' };
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return digests(outDir);
}

it('two builds of the same sources write byte-identical sites', () => {
  const first = build('a');
  assert.ok(Object.keys(first).some((p) => p.startsWith('documents/')));
  assert.deepEqual(build('b'), first);
});
