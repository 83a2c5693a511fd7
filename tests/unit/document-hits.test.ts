import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentHits, excerptAt, hitsIn, positionsOf } from '../../src/search/client/document-hits.ts';
import type { SectionStart } from '../../src/search/format/result-data.ts';

// Title 关于医药的答复 and number 吉科发〔2022〕97号 (0–18), then blocks: 一、总则 (19), a paragraph (23), 二、人才 (32).
const text = '关于医药的答复吉科发〔2022〕97号一、总则中医药产业医药合作二、人才';
const sections: SectionStart[] = [
  ['s1', 19, '一、总则'],
  ['s2', 32, '二、人才'],
];
const blocks = [19, 23, 32];
const plain = (e: { parts: { text: string; hit: boolean }[]; cutBefore: boolean; cutAfter: boolean }) =>
  (e.cutBefore ? '…' : '') + e.parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('') + (e.cutAfter ? '…' : '');

test('overlapping occurrences are all found', () => {
  assert.deepEqual(positionsOf('啊啊啊', '啊啊'), [0, 1]);
});

test('hits of several words come in text order, a hit inside an earlier one dropped', () => {
  assert.deepEqual(hitsIn('中医药产业医药', ['医药', '中医药']), [
    [0, 3],
    [5, 2],
  ]);
});

test('a hit is found in full-width text by its half-width form', () => {
  assert.deepEqual(hitsIn('第１２条', ['12']), [[1, 2]]);
});

test('an excerpt keeps the context either side, inside its block, and marks where the block goes on', () => {
  assert.equal(plain(excerptAt('一二三四五六七', [[3, 1]], 0, 7, 2)), '…二三[四]五六…');
  assert.equal(plain(excerptAt('一二三四五六七', [[3, 1]], 2, 5, 2)), '三[四]五');
});

test('an excerpt is never cut inside a number', () => {
  assert.equal(plain(excerptAt('经费12345万元用于医药研发', [[11, 2]], 0, 15, 5)), '…12345万元用于[医药]研发');
  assert.equal(plain(excerptAt('医药投入2020.5亿元', [[0, 2]], 0, 12, 5)), '[医药]投入2020.5…');
});

test('hits are grouped by section, the excerpt taken from the first hit’s block only', () => {
  const hits = documentHits(text, sections, blocks, ['医药']);
  assert.equal(hits.inHead, true);
  assert.equal(hits.excerpt, null);
  assert.deepEqual(
    hits.sections.map((s) => [s.id, s.heading, s.count, plain(s.excerpt)]),
    [['s1', '一、总则', 2, '中[医药]产业[医药]合作']],
  );
});
