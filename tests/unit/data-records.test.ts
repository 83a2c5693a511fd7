import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { documentDataRecord, documentDataSchema, documentRecordSchema, jsonSchemaOf } from '../../src/open-data/data-records.ts';
import type { BodyBlock } from '../../src/schema/body-block.ts';
import { documentSchema } from '../../src/schema/document.ts';

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

const slice = (body: string, r: { start: number; end: number }) => [...body].slice(r.start, r.end).join('');

it('carries the text once, as the blocks joined by line breaks', () => {
  assert.equal(record.body, '前言\n一、甲\n甲文\n（一）乙\n乙文\n十、癸');
  assert.deepEqual(
    record.blocks.map((x) => [x.start, x.end]),
    [
      [0, 2],
      [3, 6],
      [7, 9],
      [10, 14],
      [15, 17],
      [18, 21],
    ],
  );
});

it("leaves out a block's fields at their usual value (null, empty, 0, false)", () => {
  assert.deepEqual(record.blocks[0], { kind: 'para', id: 'p1', start: 0, end: 2 });
  assert.deepEqual(record.blocks[1], { kind: 'heading', id: 's1', section: 's1', level: 1, start: 3, end: 6 });
  const line = documentDataRecord(
    data,
    [
      { ...b('line', null, '', '附件：甲'), lineKind: 'attachmentTitle', part: 1 },
      { ...b('heading', 's1', 's1', '一是甲'), label: '一是', runIn: true },
    ],
    { url: '/documents/x/', sourceText: '/data/documents/x.txt' },
  );
  assert.deepEqual(line.blocks, [
    { kind: 'line', lineKind: 'attachmentTitle', part: 1, start: 0, end: 4 },
    { kind: 'heading', id: 's1', section: 's1', level: 1, label: '一是', runIn: true, start: 5, end: 8 },
  ]);
});

it('gives each section the range of its own text and that of the sections below it, but not of s10 under s1', () => {
  assert.deepEqual(
    record.sectionRanges.map((r) => [r.id, slice(record.body, r)]),
    [
      ['s1', '一、甲\n甲文\n（一）乙\n乙文'],
      ['s1-1', '（一）乙\n乙文'],
      ['s10', '十、癸'],
    ],
  );
});

it('counts ranges in code points, so a character outside the BMP is one', () => {
  const r = documentDataRecord(data, [b('para', 'p1', '', '𠀀甲'), b('para', 'p2', '', '乙')], {
    url: '/documents/x/',
    sourceText: '/data/documents/x.txt',
  });
  assert.deepEqual(
    r.blocks.map((x) => [x.start, x.end]),
    [
      [0, 2],
      [3, 4],
    ],
  );
  assert.equal(slice(r.body, r.blocks[1]!), '乙');
});

it('generates a record schema that accepts a record and rejects an unknown field', () => {
  const validate = ajv().compile(jsonSchemaOf(documentRecordSchema, 'r', 'https://e.org/schema.json'));
  assert.equal(validate({ ...data, url: '/documents/x/' }), true);
  assert.equal(validate({ ...data, url: '/documents/x/', extra: 1 }), false);
});

it('generates a per-document schema that accepts the per-document record', () => {
  const validate = ajv().compile(jsonSchemaOf(documentDataSchema, 'd', 'https://e.org/document-schema.json'));
  assert.equal(validate(JSON.parse(JSON.stringify(record))), true, JSON.stringify(validate.errors));
});

it('carries the field descriptions of the zod schema into the JSON Schema', () => {
  const schema = jsonSchemaOf(documentRecordSchema, 'r', 'x') as { properties: Record<string, { description?: string }> };
  assert.equal(schema.properties['docNumber']!.description, '发文字号，如 吉卫复议字〔2020〕49号；文件无字号时为 null。');
});
