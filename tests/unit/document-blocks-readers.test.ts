/** The fast line reader of generated bodies and the MDX reference reader agree. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { documentBlocks, readBodyWithMdx, readsWithoutMdx } from '../../src/lib/document-blocks.ts';
import { seedCorpus } from '../support/corpus.ts';
import { toMdx } from '../../scripts/pipeline/to-mdx.ts';
import type { Block } from '../../scripts/pipeline/types.ts';
import { minimalData } from '../support/minimal-document.ts';

const bodyOf = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);

it('reads every seed document without the MDX parser, with the same blocks', () => {
  const seeds = seedCorpus();
  assert.equal(seeds.length, 5);
  for (const doc of seeds) {
    const name = doc.data.source;
    const body = bodyOf(toMdx(doc.data, doc.blocks));
    assert.equal(readsWithoutMdx(body), true, name);
    assert.deepEqual(documentBlocks(body), readBodyWithMdx(body), name);
  }
});

const data = minimalData;
const hostile = [
  '{1+1}',
  '<script>alert(1)</script>',
  "import x from 'y'",
  'export const a = 1',
  '`x`',
  '<!--',
  '&lt;b&gt;',
  '[x](javascript:alert(1))',
  '${x}',
  '* a',
  '_b_',
  '# h',
  '> q',
  '1. l',
  'a\\b',
  '&amp;',
  '~~s~~',
  '2*3=6',
  'a_b_c',
];

it('agrees with the MDX parser on hostile text, whichever reader takes it', () => {
  for (const text of hostile) {
    const blocks: Block[] = [{ role: 'para', text, lines: [1], part: 0, id: 'p1', section: '' }];
    const body = bodyOf(toMdx(data, blocks));
    assert.deepEqual(documentBlocks(body), readBodyWithMdx(body), text);
    assert.equal(documentBlocks(body)[0]?.text, text);
  }
});

it('leaves a hand-edited body with live Markdown to the MDX parser', () => {
  const body = '<Para id="p1">\n  *强调*\n</Para>\n';
  assert.equal(readsWithoutMdx(body), false);
  assert.equal(documentBlocks(body)[0]?.text, '强调');
});
