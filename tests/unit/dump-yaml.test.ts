/** The fast YAML dump against js-yaml's: byte for byte on the seeds' frontmatter and on random values. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { dump, load } from 'js-yaml';
import { dumpYaml, fastDumpYaml, frontmatterYamlOptions } from '../../scripts/emit/dump-yaml.ts';
import { seedCorpus } from '../support/corpus.ts';
import { seededRandom } from '../../scripts/bench/seeded-random.ts';

const library = (value: unknown) => dump(value, frontmatterYamlOptions);

it("every seed's frontmatter is dumped as js-yaml dumps it, by the fast path", () => {
  for (const d of seedCorpus()) {
    assert.equal(fastDumpYaml(d.data), library(d.data), d.data.source);
  }
});

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const plain = [
  '吉',
  '林',
  '省',
  '〔',
  '〕',
  '号',
  '，',
  '。',
  'a',
  'Z',
  '1',
  '-',
  ' ',
  ':',
  '#',
  "'",
  '{',
  '}',
  '[',
  ']',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\u3000',
];
const awkward = [
  '"',
  '\\',
  '\n',
  '\t',
  '\r',
  '\x00',
  '\x07',
  '\x1b',
  '\x7f',
  '\x85',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffe',
  '𠀀',
  '😀',
  '\ud800',
  '\udc00',
];
const words = [
  '',
  'y',
  'Y',
  'yes',
  'No',
  'on',
  'OFF',
  'null',
  '~',
  'true',
  'False',
  '1:20',
  '0x1F',
  '1e3',
  '.inf',
  '2020-09-14',
  '- a',
  '? x',
  'a: b',
  ' lead',
  'trail ',
];
const keys = [
  'title',
  'slug',
  'docNumber',
  'a',
  'y',
  'n',
  'null',
  'true',
  'on',
  'key with space',
  '1',
  '-x',
  '',
  '?',
  'x'.repeat(1100),
  '中文',
];

function randomString(next: () => number): string {
  if (next() < 0.15) return pick(next, words);
  let s = '';
  for (let i = 0, n = Math.floor(next() * 12); i < n; i++) s += next() < 0.9 ? pick(next, plain) : pick(next, awkward);
  return s;
}

function randomValue(next: () => number, depth: number): unknown {
  const r = next();
  if (depth > 3 || r < 0.45) return randomString(next);
  if (r < 0.5) return null;
  if (r < 0.55) return next() < 0.5;
  if (r < 0.62) return pick(next, [0, 1, -7, 2020, 137, 1.5, -0, NaN, Infinity, 2 ** 60, 1e21]);
  if (r < 0.64) return pick(next, [undefined, new Date(0)]);
  if (r < 0.82) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = 0, n = Math.floor(next() * 4); i < n; i++)
    object[next() < 0.8 ? pick(next, keys.slice(0, 3)) + String(i) : pick(next, keys)] = randomValue(next, depth + 1);
  return object;
}

it('random values are dumped as js-yaml dumps them', () => {
  const next = seededRandom(7);
  const runs = 5000;
  let fast = 0;
  for (let i = 0; i < runs; i++) {
    const value = randomValue(next, 0);
    let expected: string;
    try {
      expected = library(value);
    } catch {
      continue; // js-yaml refuses it (undefined at the top, …); dumpYaml hands it to js-yaml too
    }
    assert.equal(dumpYaml(value), expected, JSON.stringify(value));
    const quick = fastDumpYaml(value);
    if (quick !== undefined) {
      assert.equal(quick, expected, JSON.stringify(value));
      fast++;
    }
  }
  // The comparison means something only when the fast path itself ran often.
  assert.ok(fast > runs / 4, `fast path taken for ${fast} of ${runs} values`);
});

it('a dumped string reads back as the same string', () => {
  const value = { title: '关于印发《X》的通知 "引号" \\ 反斜杠', no: 'no', date: '2020-09-14' };
  assert.deepEqual(load(dumpYaml(value)), value);
});
