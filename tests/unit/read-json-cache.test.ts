/** A cache that does not read is discarded with a one-line notice and rebuilt, never a failed build. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, it, mock } from 'node:test';
import { pathsToRender, startPageCache } from '../../src/lib/page-cache.ts';
import { cacheFiles } from '../../src/lib/page-manifest.ts';
import { indexManifestFile, readIndexManifest } from '../../src/lib/search-index/index-manifest.ts';

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

it('a page manifest that is not a JSON object is discarded and every page is rendered', () => {
  const out = join(work, 'site');
  process.env['OUT_DIR'] = out;
  process.env['ASTRO_OUT_DIR'] = join(work, 'staging');
  process.env['ASTRO_CACHE_DIR'] = env.ASTRO_CACHE_DIR;
  const { manifest } = cacheFiles(out);
  corrupt(manifest, 'null');
  const warn = mock.method(console, 'warn', () => undefined);
  try {
    startPageCache();
    assert.deepEqual(pathsToRender([{ params: { slug: 'a' }, file: 'documents/a/index.html', view: { title: '甲' } }]), [
      { params: { slug: 'a' } },
    ]);
    assert.deepEqual(
      warn.mock.calls.map((c) => c.arguments),
      [[`cache: ${manifest} does not read (not a JSON object); discarded, it will be rebuilt`]],
    );
  } finally {
    warn.mock.restore();
    delete process.env['OUT_DIR'];
    delete process.env['ASTRO_OUT_DIR'];
    delete process.env['ASTRO_CACHE_DIR'];
  }
  assert.equal(existsSync(manifest), false);
});
