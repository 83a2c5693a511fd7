import assert from 'node:assert/strict';
import { it } from 'node:test';
import { rankedTop } from '../../src/views/ranked-top.ts';

const sections = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);
const items = [
  { name: '甲', sections: sections(1) },
  { name: '乙', sections: sections(3) },
  { name: '丙', sections: sections(1) },
  { name: '丁', sections: sections(2) },
];

it('keeps the heaviest items, heaviest first, and equal weights in their order', () => {
  assert.deepEqual(
    rankedTop(items, (i) => i.sections.length, 3),
    { shown: [items[1], items[3], items[0]], more: 1 },
  );
});

it('a list within the limit is all shown, ranked, with none more', () => {
  assert.deepEqual(
    rankedTop(items, (i) => i.sections.length, 4),
    { shown: [items[1], items[3], items[0], items[2]], more: 0 },
  );
});
