/** FilePatcher: byte ranges replaced in order, the rest of the file copied as it was. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { FilePatcher } from '../../scripts/emit/file-patcher.ts';

const work = mkdtempSync(join(tmpdir(), 'file-patcher-'));
after(() => rmSync(work, { recursive: true, force: true }));

it('replaces ranges by shorter and longer bytes and keeps the rest', () => {
  const file = join(work, 'a.json');
  writeFileSync(file, '[\n  "one",\n  "two",\n  "three"\n]\n');
  const patch = new FilePatcher(file);
  patch.replace(4, 5, Buffer.from('"uno"'));
  patch.replace(22, 7, Buffer.from('"drei, longer"'));
  patch.finish();
  assert.equal(readFileSync(file, 'utf8'), '[\n  "uno",\n  "two",\n  "drei, longer"\n]\n');
});
