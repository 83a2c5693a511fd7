import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { after, it } from 'node:test';
import { duplicateSources } from '../../scripts/bench/duplicate-sources.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'duplicate-sources-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('names the later source of a pair with one 发文字号 and slug, and no other, on any number of threads', async () => {
  const raw = join(dir, 'raw');
  mkdirSync(raw);
  const seeds = readdirSync(join(root, 'content/raw')).filter((n) => n.endsWith('.txt'));
  for (const n of seeds) copyFileSync(join(root, 'content/raw', n), join(raw, n));
  // The same document again under a later name, and under an earlier one.
  copyFileSync(join(raw, seeds[1]!), join(raw, 'zzz_copy.txt'));
  copyFileSync(join(raw, seeds[3]!), join(raw, '000_0first.txt'));
  for (const threads of [1, 2, 3]) {
    const errors = await duplicateSources(raw, join(root, 'content'), threads);
    const named = [...new Set(errors.map((e) => basename(e.file)))].sort();
    assert.deepEqual(named, [seeds[3]!, 'zzz_copy.txt'].sort(), `${threads} thread(s)`);
    assert.ok(errors.some((e) => basename(e.file) === 'zzz_copy.txt' && e.message.includes(`claimed by ${seeds[1]}`)));
  }
});
