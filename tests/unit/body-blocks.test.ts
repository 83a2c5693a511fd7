/**
 * The record's blocks and the MDX body are two serialisations of one body: read back with the
 * reference MDX parser (micromark with the MDX extensions), the MDX body gives exactly the
 * blocks the record publishes, for every seed, every real document and hostile text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { bodyBlocks } from '../../scripts/emit/body-blocks.ts';
import { normaliseSource } from '../../scripts/corpus/normalise-corpus.ts';
import { toMdxBody } from '../../scripts/emit/to-mdx.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { readBodyWithMdx } from '../support/read-mdx-body.ts';
import { documentDataRecord } from '../../src/open-data/data-records.ts';
import { recordBlocks } from '../../src/archive/document-record.ts';
import { minimalData } from '../support/minimal-document.ts';
import { context, root, seedCorpus } from '../support/corpus.ts';
import { hostileStrings } from '../support/hostile-strings.ts';

it('gives the blocks MDX parses back from the body, for every seed', () => {
  const seeds = seedCorpus();
  assert.equal(seeds.length, 5);
  for (const doc of seeds) assert.deepEqual(bodyBlocks(doc.blocks), readBodyWithMdx(toMdxBody(doc.blocks)), doc.data.source);
});

it('gives the blocks MDX parses back from the body, for every real document', () => {
  const dir = join(root, 'tests/fixtures/real');
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  assert.equal(names.length, 27);
  for (const name of names) {
    const path = join(dir, name);
    const doc = normaliseSource({ path, name, bytes: readFileSync(path) }, undefined, context);
    assert.deepEqual(bodyBlocks(doc.blocks), readBodyWithMdx(toMdxBody(doc.blocks)), name);
  }
});

const hostile = hostileStrings;

it('keeps hostile text as text, in both serialisations', () => {
  for (const text of hostile) {
    const blocks: Block[] = [
      { role: 'heading', text: '一、总则', lines: [1], part: 0, id: 's1', section: 's1', label: '一、', level: 1 },
      { role: 'para', text, lines: [2], part: 0, id: 's1-p1', section: 's1' },
      { role: 'attachmentTitle', text: `附件：${text}`, lines: [3], part: 1 },
      { role: 'para', text, lines: [4], part: 1, id: 'a1-p1', section: '' },
    ];
    const published = bodyBlocks(blocks);
    assert.deepEqual(published, readBodyWithMdx(toMdxBody(blocks)), text);
    assert.deepEqual(
      published.map((b) => [b.kind, b.text, b.section, b.part]),
      [
        ['heading', '一、总则', 's1', 0],
        ['para', text, 's1', 0],
        ['line', `附件：${text}`, '', 1],
        ['para', text, '', 1],
      ],
    );
  }
});

it('reads the blocks back from the record, astral characters included', () => {
  const blocks = [
    {
      kind: 'heading',
      id: 's1',
      section: 's1',
      level: 1,
      lineKind: null,
      label: '一、',
      runIn: false,
      part: 0,
      text: '一、𠀀总则',
    },
    {
      kind: 'para',
      id: 's1-p1',
      section: 's1',
      level: 0,
      lineKind: null,
      label: null,
      runIn: false,
      part: 0,
      text: '𡈽𡈽 text 正文',
    },
    { kind: 'line', id: null, section: '', level: 0, lineKind: 'date', label: null, runIn: false, part: 0, text: '' },
    { kind: 'line', id: null, section: '', level: 0, lineKind: 'signature', label: null, runIn: false, part: 0, text: '某某厅' },
  ] as const;
  const record = documentDataRecord(minimalData, blocks, { url: '/documents/x/', sourceText: '/data/documents/x.txt' });
  assert.equal(record.body, '一、𠀀总则\n𡈽𡈽 text 正文\n\n某某厅');
  assert.deepEqual(recordBlocks(record), blocks);
});

it('gives each block its kind, id, section, part and exact text', () => {
  const blocks: Block[] = [
    { role: 'addressee', text: '张锋委员：', lines: [1], part: 0 },
    { role: 'para', text: "import x from 'y' {1+1} <b>", lines: [2], part: 0, id: 'p1', section: '' },
    { role: 'heading', text: '一、关于`代码`', lines: [3], part: 0, id: 's1', level: 1, label: '一、', section: 's1' },
    { role: 'para', text: '&lt;正文&gt;', lines: [4], part: 0, id: 's1-p1', section: 's1' },
    { role: 'attachmentTitle', text: '附件', lines: [5], part: 1 },
    { role: 'heading', text: '一、附件一', lines: [6], part: 1, id: 'a1-s1', level: 1, label: '一、', section: 'a1-s1' },
  ];
  const expected = [
    ['line', null, '', 0, '张锋委员：'],
    ['para', 'p1', '', 0, "import x from 'y' {1+1} <b>"],
    ['heading', 's1', 's1', 0, '一、关于`代码`'],
    ['para', 's1-p1', 's1', 0, '&lt;正文&gt;'],
    ['line', null, '', 1, '附件'],
    ['heading', 'a1-s1', 'a1-s1', 1, '一、附件一'],
  ];
  const fields = (list: readonly { kind: string; id: string | null; section: string; part: number; text: string }[]) =>
    list.map((b) => [b.kind, b.id, b.section, b.part, b.text]);
  assert.deepEqual(fields(bodyBlocks(blocks)), expected);
  assert.deepEqual(fields(readBodyWithMdx(toMdxBody(blocks))), expected);
});
