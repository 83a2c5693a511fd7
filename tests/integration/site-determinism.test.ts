/** Two whole-site builds (normalise, Astro, Pagefind) of the same sources are byte-identical. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { buildSite, digests } from '../support/site-build.ts';

const work = mkdtempSync(join(tmpdir(), 'site-determinism-'));
after(() => rmSync(work, { recursive: true, force: true }));

function build(name: string): Record<string, string> {
  const outDir = join(work, name);
  buildSite({
    RAW_DIR: 'content/raw',
    DOCUMENTS_DIR: join(work, `${name}-documents`),
    ASTRO_CACHE_DIR: join(work, `${name}-cache`),
    OUT_DIR: outDir,
  });
  return digests(outDir);
}

it('two builds of the same sources write byte-identical sites', () => {
  const first = build('a');
  assert.ok(Object.keys(first).some((p) => p.startsWith('documents/')));
  assert.deepEqual(build('b'), first);
});
