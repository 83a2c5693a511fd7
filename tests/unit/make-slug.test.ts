import assert from 'node:assert/strict';
import { it } from 'node:test';
import { makeSlug } from '../../scripts/ingest/make-slug.ts';

const slug = (docNumber: string | null, title = '关于某事的通知', dateWritten: string | null = null, source = 'a.txt') =>
  makeSlug({ docNumber, title, dateWritten, source });

it('makes 吉卫复议字〔2020〕49号 into jl-wfyz-2020-49', () => {
  assert.equal(slug('吉卫复议字〔2020〕49号'), 'jl-wfyz-2020-49');
});

it('keeps numbers of provinces whose abbreviations sound alike apart (吉, 冀, 晋)', () => {
  assert.deepEqual(
    ['吉中医药组发〔2021〕21号', '冀中医药组发〔2021〕21号', '晋中医药组发〔2021〕21号'].map((n) => slug(n)),
    ['jl-zyyzf-2021-21', 'he-zyyzf-2021-21', 'sx-zyyzf-2021-21'],
  );
});

it('uses plain initials for a national number: 国办发〔2016〕77号 → gbf-2016-77', () => {
  assert.equal(slug('国办发〔2016〕77号'), 'gbf-2016-77');
});

it('gives a document without a number its issuer, date, subject initials and a hash of the source name', () => {
  assert.equal(
    makeSlug({
      docNumber: null,
      title: '关于《加快培育新质生产力全面激发卫生健康发展新动能的若干措施》的解读',
      dateWritten: '2023-04-12',
      source: '004_67f603d0a6204653.txt',
      issuerSlug: 'sc-wsjkw',
    }),
    'sc-wsjkw-20230412-jkpyxzsc-478862',
  );
});

it('leaves out the date of an undated document and names an unknown issuer doc', () => {
  assert.equal(
    makeSlug({ docNumber: null, title: '关于某事的解读', dateWritten: null, source: '004_67f603d0a6204653.txt' }),
    'doc-ms-478862',
  );
});

it('keeps two sources with one title apart', () => {
  assert.notEqual(slug(null, '关于某事的解读', null, 'a.txt'), slug(null, '关于某事的解读', null, 'b.txt'));
});

it('a 发文字号 printed with other brackets or 第 gets the slug of its normal form', () => {
  const slugOf = (docNumber: string) => makeSlug({ docNumber, title: '通知', dateWritten: null, source: 'x.txt' });
  assert.equal(slugOf('国能综通煤炭﹝2021﹞59号'), 'gnztmt-2021-59');
  assert.equal(slugOf('吉卫复议字[2020]第49号'), 'jl-wfyz-2020-49');
  assert.equal(slugOf('吉卫复议字【2020】49号'), 'jl-wfyz-2020-49');
});
