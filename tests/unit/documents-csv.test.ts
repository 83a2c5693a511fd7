import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { documentSchema } from '../../src/schema/document.ts';
import { csvColumns, documentsCsv } from '../../src/open-data/documents-csv.ts';
import { documentRecord } from '../../src/open-data/data-records.ts';

const data = documentSchema.parse({
  title: '关于"甲,乙"\n的答复',
  slug: 'x-2020-1',
  source: '000.txt',
  docType: 'reply',
  docNumber: '吉科发〔2020〕1号',
  issuer: '吉林省科学技术厅',
  coIssuers: ['吉林省财政厅', '吉林省教育厅'],
  region: '吉林省',
  dateWritten: '2020-09-14',
  proposal: { proposer: '张锋', session: null, number: 224, occasion: null, title: '建议' },
  topics: [{ slug: 'talent', sections: ['s1'] }],
  sections: [
    {
      id: 's1',
      level: 1,
      label: '一、',
      heading: '一、甲',
      children: [{ id: 's1-1', level: 2, label: '（一）', heading: '（一）乙', children: [] }],
    },
  ],
});
const csv = documentsCsv([documentRecord(data, '/a/documents/x-2020-1/')]);
const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });

it('starts with a UTF-8 byte order mark', () => {
  assert.equal(csv.charCodeAt(0), 0xfeff);
});

it('has a header row naming every column in order', () => {
  assert.deepEqual(
    csv.slice(1).split('\r\n')[0]!.split(','),
    csvColumns.map((c) => c.name),
  );
});

it('gives back a title holding quotes, a comma and a line break', () => {
  assert.equal(rows[0]!['title'], '关于"甲,乙"\n的答复');
});

it('joins list fields with ；', () => {
  assert.equal(rows[0]!['coIssuers'], '吉林省财政厅；吉林省教育厅');
  assert.equal(rows[0]!['topics'], 'talent');
});

it('has no column of section ids or citations: where things stand is in the per-document JSON only', () => {
  const header = csv.slice(1).split('\r\n')[0]!.split(',');
  assert.equal(header.includes('sections'), false);
  assert.equal(header.includes('citations'), false);
  assert.equal(header.includes('topics'), true);
});

it('flattens nested objects into dotted columns and writes null as an empty cell', () => {
  assert.equal(rows[0]!['proposal.number'], '224');
  assert.equal(rows[0]!['proposal.session'], '');
  assert.equal(rows[0]!['interprets.title'], '');
});

it('prefixes with an apostrophe every text cell a spreadsheet would run as a formula', () => {
  const hostile = documentsCsv([
    {
      ...data,
      title: '=HYPERLINK("http://x")',
      docNumber: '+1',
      issuer: '-2+3',
      addressee: '@SUM(A1)',
      contact: '\t=1',
      region: '\r=1',
      url: '/a/documents/x-2020-1/',
    },
  ]);
  const row = parse<Record<string, string>>(hostile, { bom: true, columns: true })[0]!;
  assert.deepEqual(
    [row['title'], row['docNumber'], row['issuer'], row['addressee'], row['contact'], row['region']],
    ['\'=HYPERLINK("http://x")', "'+1", "'-2+3", "'@SUM(A1)", "'\t=1", "'\r=1"],
  );
});

it('leaves a number cell and a cell with a formula sign inside untouched', () => {
  assert.equal(rows[0]!['proposal.number'], '224');
  assert.equal(rows[0]!['docNumber'], '吉科发〔2020〕1号');
});
