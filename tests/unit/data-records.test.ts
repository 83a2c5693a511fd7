import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  documentDataRecord,
  documentDataSchema,
  documentRecord,
  documentRecordSchema,
  jsonSchemaOf,
} from '../../src/open-data/data-records.ts';
import type { BodyBlock } from '../../src/schema/body-block.ts';
import { frontmatterOf, recordBlocks } from '../../src/archive/document-record.ts';
import { documentSchema } from '../../src/schema/document.ts';
import { sectionNode } from '../support/section-node.ts';

const data = documentSchema.parse({
  title: 't',
  slug: 'x',
  source: 'x.txt',
  docType: 'notice',
  docNumber: null,
  issuer: null,
  region: null,
  dateWritten: '2020-01-02',
});
const b = (kind: BodyBlock['kind'], id: string | null, section: string, text: string): BodyBlock => ({
  kind,
  id,
  section,
  level: kind === 'heading' ? 1 : 0,
  lineKind: null,
  label: null,
  runIn: false,
  part: 0,
  text,
});
const blocks = [
  b('para', 'p1', '', '前言'),
  b('heading', 's1', 's1', '一、甲'),
  b('para', 's1-p1', 's1', '甲文'),
  b('heading', 's1-1', 's1-1', '（一）乙'),
  b('para', 's1-1-p1', 's1-1', '乙文'),
  b('heading', 's10', 's10', '十、癸'),
];
const record = documentDataRecord(data, blocks, { url: '/documents/x/', sourceText: '/data/documents/x.txt' });
const ajv = () => {
  const a = new Ajv2020({ strict: false });
  addFormats(a);
  return a;
};

it('carries the text once, one block a line', () => {
  assert.equal(record.body, '前言\n一、甲\n甲文\n（一）乙\n乙文\n十、癸');
  assert.equal(record.blocks.length, record.body.split('\n').length);
});

it("leaves out a block's fields at their usual value, and a section or part the block before gives", () => {
  assert.deepEqual(record.blocks, [
    { id: 'p1' },
    { id: 's1', level: 1 },
    { id: 's1-p1' },
    { id: 's1-1', level: 1 },
    { id: 's1-1-p1' },
    { id: 's10', level: 1 },
  ]);
  const input: BodyBlock[] = [
    b('para', 'p1', '', '正文'),
    { ...b('heading', 's2', 's2', '二、乙'), label: '二、' },
    { ...b('line', null, 's2', '附件：甲'), lineKind: 'attachmentTitle', part: 1 },
    { ...b('line', null, '', '附件：甲'), lineKind: 'attachmentTitle', part: 1 },
    { ...b('heading', 's1', 's1', '一是甲'), label: '一是', runIn: true, part: 1 },
    { ...b('para', 's1-p1', 's1', '甲文'), part: 1 },
    { ...b('line', null, 's1', '日期'), lineKind: 'date', part: 0 },
    // A line without a lineKind: its kind is not implied, so it is written.
    b('line', null, 's1', '附注'),
  ];
  const line = documentDataRecord(data, input, { url: '/documents/x/', sourceText: '/data/documents/x.txt' });
  assert.deepEqual(line.blocks, [
    { id: 'p1' },
    { id: 's2', level: 1, label: '二、' },
    { lineKind: 'attachmentTitle', part: 1 },
    { section: '', lineKind: 'attachmentTitle' },
    { id: 's1', level: 1, label: '一是', runIn: true },
    { id: 's1-p1' },
    { lineKind: 'date', part: 0 },
    { kind: 'line' },
  ]);
  // Read back, every block is whole again.
  assert.deepEqual(recordBlocks(line), input);
  assert.deepEqual(recordBlocks(record), blocks);
});

it('refuses a block whose text holds a line break: the blocks are the lines of the body', () => {
  assert.throws(
    () =>
      documentDataRecord(data, [b('para', 'p1', '', '甲\n乙')], { url: '/documents/x/', sourceText: '/data/documents/x.txt' }),
    /line break/,
  );
});

it('carries no section ranges: a section is the run of lines whose blocks lie in it or below it (s1 holds s1-1, not s10)', () => {
  assert.equal('sectionRanges' in record, false);
  // As the schema tells a reader to: the lines whose block's section is the id or starts with it and -.
  const lines = record.body.split('\n');
  const text = (id: string) =>
    recordBlocks(record)
      .flatMap((x, i) => (x.section === id || x.section.startsWith(`${id}-`) ? [i] : []))
      .map((i) => lines[i])
      .join('\n');
  assert.deepEqual(
    ['s1', 's1-1', 's10'].map((id) => [id, text(id)]),
    [
      ['s1', '一、甲\n甲文\n（一）乙\n乙文'],
      ['s1-1', '（一）乙\n乙文'],
      ['s10', '十、癸'],
    ],
  );
});

it('writes of the section tree what its heading blocks do not say, and frontmatterOf makes it whole again', () => {
  const node = sectionNode;
  const withTree = {
    ...data,
    sections: [node('s1', 1, '一、', '一、甲', [node('s1-1', 2, '（一）', '（一）乙')]), node('s10', 1, '十、', '十、癸')],
  };
  const labelled = blocks.map((x) =>
    x.kind === 'heading' ? { ...x, label: /^[^、）]+[、）]/.exec(x.text)![0], level: x.id === 's1-1' ? 2 : 1 } : x,
  );
  const r = documentDataRecord(withTree, labelled, { url: '/documents/x/', sourceText: '/data/documents/x.txt' });
  assert.deepEqual(r.sections, [
    { id: 's1', children: [{ id: 's1-1', children: [] }] },
    { id: 's10', children: [] },
  ]);
  assert.deepEqual(frontmatterOf(JSON.parse(JSON.stringify(r)) as Record<string, unknown>).sections, withTree.sections);
  // A node its heading block does not match keeps what differs.
  const odd = { ...withTree, sections: [{ ...withTree.sections[0]!, heading: '一、甲（节选）' }, withTree.sections[1]!] };
  const o = documentDataRecord(odd, labelled, { url: '/documents/x/', sourceText: '/data/documents/x.txt' });
  assert.deepEqual(o.sections[0], { id: 's1', heading: '一、甲（节选）', children: [{ id: 's1-1', children: [] }] });
  assert.deepEqual(frontmatterOf(JSON.parse(JSON.stringify(o)) as Record<string, unknown>).sections, odd.sections);
});

it('generates a record schema that accepts a record and rejects an unknown field', () => {
  const validate = ajv().compile(jsonSchemaOf(documentRecordSchema, 'r', 'https://e.org/schema.json'));
  const r = documentRecord(data, '/documents/x/');
  assert.equal(validate(r), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...r, extra: 1 }), false);
  // Where things stand in the text is in the per-document JSON only.
  assert.equal(validate({ ...r, sections: [] }), false);
});

it('leaves the section tree, mentions and citations out of the corpus record, and keeps them in the per-document JSON', () => {
  const r = documentRecord(data, '/documents/x/');
  assert.deepEqual(
    ['sections', 'mentions', 'citations'].map((k) => k in r),
    [false, false, false],
  );
  assert.deepEqual(
    ['sections', 'mentions', 'citations', 'topics', 'departmentsMentioned'].map((k) => k in record),
    [true, true, true, true, true],
  );
  assert.equal(r.url, '/documents/x/');
  assert.equal(record.url, '/documents/x/');
});

it('generates a per-document schema that accepts the per-document record', () => {
  const validate = ajv().compile(jsonSchemaOf(documentDataSchema, 'd', 'https://e.org/document-schema.json'));
  assert.equal(validate(JSON.parse(JSON.stringify(record))), true, JSON.stringify(validate.errors));
});

it('carries the field descriptions of the zod schema into the JSON Schema', () => {
  const schema = jsonSchemaOf(documentRecordSchema, 'r', 'x') as { properties: Record<string, { description?: string }> };
  assert.equal(schema.properties['docNumber']!.description, '发文字号，如 吉卫复议字〔2020〕49号；文件无字号时为 null。');
});
