/** A cache that does not read is discarded with a one-line notice and rebuilt, never a failed build. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, it, mock } from 'node:test';
import { indexManifestFile, readIndexManifest } from '../../src/search/build/index-manifest.ts';

const work = mkdtempSync(join(tmpdir(), 'read-json-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));
const env = { ASTRO_CACHE_DIR: join(work, 'cache') };

/** Writes `text` as `file`, making its folder. */
function corrupt(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

it('a search-index manifest cut short reads as no manifest, and is deleted with a notice', () => {
  const out = join(work, 'dist');
  const file = indexManifestFile(out, env);
  corrupt(file, '{"version":1,"outDir":"/x","files":{"search-index/a');
  const warn = mock.method(console, 'warn', () => undefined);
  try {
    assert.equal(readIndexManifest(file, out).size, 0);
    assert.deepEqual(
      warn.mock.calls.map((c) => c.arguments),
      [
        [
          `cache: ${file} does not read (Unterminated string in JSON at position 51 (line 1 column 52)); discarded, it will be rebuilt`,
        ],
      ],
    );
  } finally {
    warn.mock.restore();
  }
  assert.equal(existsSync(file), false);
});
