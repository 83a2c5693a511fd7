import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readSpill, SpillWriter } from '../../scripts/corpus/spill-file.ts';

const work = mkdtempSync(join(tmpdir(), 'spill-file-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('spilled values read back as written, in any order, undefined and CJK text included', () => {
  const spill = new SpillWriter(join(work, 'a.bin'));
  const values = [{ title: '关于𠀋的答复', none: undefined, nested: [{ n: 1 }, null] }, '第二个', { big: '长'.repeat(100_000) }];
  const refs = values.map((v) => spill.write(v));
  spill.close();
  assert.deepEqual(
    refs.map((r) => r.offset),
    [0, refs[0]!.length, refs[0]!.length + refs[1]!.length],
  );
  assert.deepEqual(
    [2, 0, 1].map((i) => readSpill(refs[i]!)),
    [values[2], values[0], values[1]],
  );
});

test('a spill file cut short is an error naming the file', () => {
  const file = join(work, 'b.bin');
  const spill = new SpillWriter(file);
  const ref = spill.write({ text: '正文'.repeat(50) });
  spill.close();
  truncateSync(file, ref.length - 10);
  assert.throws(
    () => readSpill(ref),
    new RegExp(
      `^Error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ends before byte ${ref.length}; this build's temporary copy of a normalised document is cut short \\(is the disk full\\?\\)\\. Free some space and run the build again$`,
    ),
  );
});
