import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BodyBlock } from '../../src/schema/body-block.ts';
import { indexedDocument, searchFilters, type SearchableDocument } from '../../src/search/build/search-document.ts';
import { sectionPrefixes, sectionStarts } from '../../src/search/format/result-data.ts';

const block = (kind: BodyBlock['kind'], section: string, text: string): BodyBlock => ({
  kind,
  id: null,
  section,
  level: 0,
  lineKind: null,
  part: 0,
  text,
  label: null,
  runIn: false,
});
const blocks = [
  block('line', '', '张三委员：'),
  block('heading', 's1', '一、总 则'),
  block('para', 's1', '医药产业'),
  block('heading', 's1-1', '（一）人才'),
];
const doc: SearchableDocument = {
  title: '关于医药的答复',
  slug: 'x-2020-1',
  docType: 'reply',
  docNumber: '吉科发〔2020〕1号',
  issuer: '吉林省科学技术厅',
  coIssuers: ['吉林省财政厅'],
  region: '吉林省',
  dateWritten: '2020-05-06',
  departmentsMentioned: [],
  topics: [{ slug: 'talent' }],
};

test('each section starts at its first character in the text after the title and number', () => {
  assert.deepEqual(sectionStarts(blocks, 10).sections, [
    ['', 10, ''],
    ['s1', 15, '一、总则'],
    ['s1-1', 23, '（一）人才'],
  ]);
});

test('each block starts where the one before it ends', () => {
  assert.deepEqual(sectionStarts(blocks, 10).blocks, [10, 15, 19, 23]);
});

test('a sub-section is named after the labels of the sections above it: （一） under 二、 is 二（一）', () => {
  const tree = [
    { id: 's1', level: 1, label: '一、', heading: '一、总则', children: [] },
    {
      id: 's2',
      level: 1,
      label: '二、',
      heading: '二、主要成效',
      children: [
        {
          id: 's2-1',
          level: 2,
          label: '（一）',
          heading: '（一）经济效益快速增长。',
          children: [{ id: 's2-1-1', level: 3, label: '1.', heading: '1.产值', children: [] }],
        },
      ],
    },
  ];
  const prefixes = sectionPrefixes(tree);
  assert.deepEqual(
    [...prefixes],
    [
      ['s1', ''],
      ['s2', ''],
      ['s2-1', '二'],
      ['s2-1-1', '二（一）'],
    ],
  );
  const sub = [block('heading', 's2', '二、主要成效'), block('heading', 's2-1', '（一）经济效益快速增长。')];
  assert.deepEqual(sectionStarts(sub, 0, prefixes).sections, [
    ['s2', 0, '二、主要成效'],
    ['s2-1', 6, '二（一）经济效益快速增长。'],
  ]);
});

test('filters come from the schema fields that have values, in Chinese where shown', () => {
  assert.deepEqual(
    searchFilters(doc, (s) => (s === 'talent' ? '人才' : s)),
    {
      issuer: ['吉林省科学技术厅', '吉林省财政厅'],
      type: ['答复'],
      year: ['2020'],
      region: ['吉林省'],
      topic: ['人才'],
    },
  );
});

test('the indexed document holds only title, number and body, compacted, and its metadata', () => {
  const indexed = indexedDocument(doc, blocks, (s) => s);
  assert.equal(indexed.text, '关于医药的答复吉科发〔2020〕1号张三委员：一、总则医药产业（一）人才');
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- headLength counts code points (the config allows spreading `string`, not a literal)
  assert.equal(indexed.headLength, [...'关于医药的答复吉科发〔2020〕1号'].length);
  assert.equal(indexed.date, '2020-05-06');
});

test('a document without 成文日期 is dated as the lists date it: 发布日期, else not at all', () => {
  assert.equal(indexedDocument({ ...doc, dateWritten: null, datePublished: '2021-02-03' }, blocks, (s) => s).date, '2021-02-03');
  assert.equal(indexedDocument({ ...doc, dateWritten: null, datePublished: null }, blocks, (s) => s).date, '');
});
