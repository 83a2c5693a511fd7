import assert from 'node:assert/strict';
import { it } from 'node:test';
import { documentDataRecord } from '../../src/open-data/data-records.ts';
import { frontmatterOf, recordBlocks } from '../../src/archive/document-record.ts';
import type { BodyBlock } from '../../src/schema/body-block.ts';
import { documentSchema, type SectionNode } from '../../src/schema/document.ts';
import { indexedDocument } from '../../src/search/build/search-document.ts';
import { resultData, sectionPrefixes, sectionStarts, type PublishedRecord } from '../../src/search/format/result-data.ts';
import { sectionNode } from '../support/section-node.ts';

const block = (b: Partial<BodyBlock> & Pick<BodyBlock, 'kind' | 'section' | 'text'>): BodyBlock => ({
  id: null,
  level: 0,
  lineKind: null,
  label: null,
  runIn: false,
  part: 0,
  ...b,
});
const node = sectionNode;
const data = documentSchema.parse({
  title: '关于 医药的答复',
  slug: 'x-2020-1',
  source: 'x.txt',
  docType: 'reply',
  docNumber: '吉科发〔2020〕1号',
  issuer: '吉林省科学技术厅',
  region: '吉林省',
  dateWritten: null,
  datePublished: '2020-05-06',
  sections: [
    // A label other than its heading block's: the record writes it, and sub-sections are named after it.
    node('s1', 1, '第一部分', '一、总 则', [node('s1-1', 2, '（一）', '（一）𠀀人才')]),
    node('s2', 1, '二、', '二、附则'),
  ],
});
const blocks = [
  block({ kind: 'line', section: '', lineKind: 'addressee', text: '张三委员：' }),
  block({ kind: 'heading', id: 's1', section: 's1', level: 1, label: '一、', text: '一、总 则' }),
  block({ kind: 'para', id: 's1-p1', section: 's1', text: '医药 产业' }),
  block({ kind: 'heading', id: 's1-1', section: 's1-1', level: 2, label: '（一）', text: '（一）𠀀人才' }),
  block({ kind: 'para', id: 's1-1-p1', section: 's1-1', text: '人才引进' }),
  block({ kind: 'heading', id: 's2', section: 's2', level: 1, label: '二、', text: '二、附则' }),
  block({ kind: 'line', section: 's2', lineKind: 'date', text: '2020年5月6日' }),
];
// What data/documents/x-2020-1.json holds, as the browser reads it.
const record = JSON.parse(
  JSON.stringify(documentDataRecord(data, blocks, { url: '/documents/x-2020-1/', sourceText: '/data/documents/x-2020-1.txt' })),
) as PublishedRecord & Record<string, unknown>;

it("reads a result's title, number, issuer and date from the published record, dated as the lists date it", () => {
  const r = resultData(record);
  assert.equal(r.title, '关于 医药的答复');
  assert.equal(r.docNumber, '吉科发〔2020〕1号');
  assert.equal(r.issuer, '吉林省科学技术厅');
  assert.equal(r.date, '2020-05-06');
});

it('gives the text the index holds: title, number and body, whitespace removed', () => {
  const text = '关于医药的答复吉科发〔2020〕1号张三委员：一、总则医药产业（一）𠀀人才人才引进二、附则2020年5月6日';
  assert.equal(resultData(record).text, text);
  // The builder indexes the same text, read from the same record by the site's own readers.
  const indexed = indexedDocument(documentSchema.parse(frontmatterOf(record)), recordBlocks(record), (s) => s);
  assert.equal(indexed.text, text);
});

it('starts each section and block where its text starts (UTF-16 units), and names a section after the labels above it', () => {
  const r = resultData(record);
  // 关于医药的答复 (7) + 吉科发〔2020〕1号 (11) = 18; 张三委员： 5; 一、总则 4; 医药产业 4; （一）𠀀人才 7 units.
  assert.deepEqual(r.sections, [
    ['', 18, ''],
    ['s1', 23, '一、总则'],
    ['s1-1', 31, '第一部分（一）𠀀人才'],
    ['s2', 42, '二、附则'],
  ]);
  assert.deepEqual(r.blocks, [18, 23, 27, 31, 38, 42, 46]);
});

it('reads the compact blocks and tree as the site reads them back', () => {
  const whole = recordBlocks(record);
  const tree = (frontmatterOf(record) as { sections: SectionNode[] }).sections;
  const head = '关于医药的答复吉科发〔2020〕1号';
  assert.deepEqual(resultData(record).sections, sectionStarts(whole, head.length, sectionPrefixes(tree)).sections);
});
