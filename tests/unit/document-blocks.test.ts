import assert from 'node:assert/strict';
import { it } from 'node:test';
import { documentBlocks } from '../../src/lib/document-blocks.ts';
import { toMdx } from '../../scripts/pipeline/to-mdx.ts';
import type { Block } from '../../scripts/pipeline/types.ts';
import { minimalData } from '../support/minimal-document.ts';

const data = minimalData;

it('reads back the blocks to-mdx wrote, with ids, sections and the exact text', () => {
  const blocks: Block[] = [
    { role: 'addressee', text: '张锋委员：', lines: [1], part: 0 },
    { role: 'para', text: "import x from 'y' {1+1} <b>", lines: [2], part: 0, id: 'p1', section: '' },
    { role: 'heading', text: '一、关于`代码`', lines: [3], part: 0, id: 's1', level: 1, label: '一、', section: 's1' },
    { role: 'para', text: '&lt;正文&gt;', lines: [4], part: 0, id: 's1-p1', section: 's1' },
    { role: 'attachmentTitle', text: '附件', lines: [5], part: 1 },
    { role: 'heading', text: '一、附件一', lines: [6], part: 1, id: 'a1-s1', level: 1, label: '一、', section: 'a1-s1' },
  ];
  const mdx = toMdx(data, blocks);
  const body = mdx.slice(mdx.indexOf('---\n', 4) + 4);
  assert.deepEqual(
    documentBlocks(body).map((b) => [b.kind, b.id, b.section, b.part, b.text]),
    [
      ['line', null, '', 0, '张锋委员：'],
      ['para', 'p1', '', 0, "import x from 'y' {1+1} <b>"],
      ['heading', 's1', 's1', 0, '一、关于`代码`'],
      ['para', 's1-p1', 's1', 0, '&lt;正文&gt;'],
      ['line', null, '', 1, '附件'],
      ['heading', 'a1-s1', 'a1-s1', 1, '一、附件一'],
    ],
  );
});
