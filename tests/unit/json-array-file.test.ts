import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { jsonArrayElements } from '../../src/archive/json-array-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'json-array-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

// Nested objects and arrays, a `}` inside a string, multi-byte characters cut by small chunks.
const records = [
  { title: '关于印发《办法》的通知', nested: { list: [{ a: 1 }, { b: '  }' }] }, empty: [] },
  { title: '第二份', sections: [{ id: 's1', children: [] }] },
  { title: '三', note: 'x\ny' },
];

it('reads each element of an array written with a two-space indent, in order', () => {
  const file = write('a.json', JSON.stringify(records, null, 2));
  for (const chunk of [3, 7, 64, 1 << 20]) assert.deepEqual([...jsonArrayElements(file, chunk)], records, `chunks of ${chunk}`);
});

it('reads an empty array, with or without a final newline', () => {
  assert.deepEqual([...jsonArrayElements(write('e1.json', '[]'))], []);
  assert.deepEqual([...jsonArrayElements(write('e2.json', '[]\n'))], []);
  assert.deepEqual([...jsonArrayElements(write('one.json', `${JSON.stringify([{ a: 1 }], null, 2)}\n`))], [{ a: 1 }]);
});

it('names the file and line of an element that does not parse, or is not closed', () => {
  const broken = write('b.json', '[\n  {\n    "a": 1,\n  },\n  {\n    "b": oops\n  }\n]');
  assert.throws(
    () => [...jsonArrayElements(broken)],
    (e: Error) => e.message.startsWith(`${broken}:2: `),
  );
  const open = write('c.json', '[\n  {\n    "a": 1\n');
  assert.throws(
    () => [...jsonArrayElements(open)],
    (e: Error) => e.message.startsWith(`${open}:2: the element is not closed`),
  );
  const compact = write('d.json', JSON.stringify(records));
  assert.throws(() => [...jsonArrayElements(compact)], /d\.json:1: not an array written with a two-space indent/);
});
