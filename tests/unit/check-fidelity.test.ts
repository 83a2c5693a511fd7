import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkFidelity } from '../../scripts/ingest/check-fidelity.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const blocks = (...texts: string[]): Block[] => texts.map((text) => ({ role: 'para', text, lines: [1], part: 0 }));
const source = '\u3000\u3000甲乙 \n来源：网站\n  丙丁\n';

it('whitespace changes, joined lines and excluded lines pass', () => {
  assert.equal(checkFidelity('x.txt', source, new Set([2]), blocks('甲乙丙', '丁')), undefined);
});

it('a lost character fails naming the line and column of the source', () => {
  assert.equal(
    checkFidelity('x.txt', source, new Set([2]), blocks('甲乙', '丙'))?.format(),
    'x.txt:3:4  the output lost or changed the source text here: expected "丁", found the end of the output [fidelity]\n  this is a bug in the normaliser, not in the source; report it with this file',
  );
});

it('a changed character fails', () => {
  assert.equal(
    checkFidelity('x.txt', source, new Set([2]), blocks('甲乙丙戊'))?.message,
    'the output lost or changed the source text here: expected "丁", found "戊"',
  );
});

it('a junk line that was not excluded must be in the output', () => {
  assert.equal(checkFidelity('x.txt', source, new Set(), blocks('甲乙丙丁'))?.line, 2);
});

it('text the source does not have fails', () => {
  assert.equal(
    checkFidelity('x.txt', source, new Set([2]), blocks('甲乙丙丁', '戊'))?.message,
    'the output has text the source does not: "戊"',
  );
});
