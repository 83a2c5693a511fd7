import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentHits, excerptAt, positionsOf } from '../../src/scripts/search/document-hits.ts';
import type { SectionStart } from '../../src/lib/search-document.ts';

const text = '关于医药的答复一、总则中医药产业医药二、人才';
const sections: SectionStart[] = [
  ['s1', 7, '一、总则'],
  ['s2', 18, '二、人才'],
];

test('overlapping occurrences are all found', () => {
  assert.deepEqual(positionsOf('啊啊啊', '啊啊'), [0, 1]);
});

test('an excerpt keeps the context either side and marks where the text goes on', () => {
  assert.deepEqual(excerptAt('一二三四五六七', 3, 1, 2), { before: '…二三', hit: '四', after: '五六…' });
});

test('hits are grouped by section with their count; a title hit is the document excerpt', () => {
  const hits = documentHits(text, sections, '医药');
  assert.deepEqual(hits.excerpt, { before: '关于', hit: '医药', after: '的答复' });
  assert.deepEqual(
    hits.sections.map((s) => [s.id, s.count, s.excerpt.hit]),
    [['s1', 2, '医药']],
  );
});
