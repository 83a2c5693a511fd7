import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText } from '../../src/search/format/fold-text.ts';
import { identifierKey, parseQuery } from '../../src/search/format/parse-query.ts';
import { markedForms } from '../../src/search/client/mark-hits.ts';

const forms = (q: string) => parseQuery(q).include.map((t) => t.forms);

test('full-width letters, digits and signs fold to half-width, brackets to 〔〕, one character for one', () => {
  assert.equal(foldText('ＡＢ１２－３．０版'), 'AB12-3.0版');
  assert.equal(foldText('（一）[2020]【2020】(2020)〖2〗'), '〔一〕〔2020〕〔2020〕〔2020〕〔2〕');
  assert.equal(foldText('中医药'), '中医药');
});

test('words separated by ASCII or full-width spaces are separate words', () => {
  assert.deepEqual(forms('吉林 中医药'), [['吉林'], ['中医药']]);
  assert.deepEqual(forms('吉林　中医药  人才'), [['吉林'], ['中医药'], ['人才']]);
});

test('a quoted phrase is one word, its spaces ignored as the text ignores them', () => {
  assert.deepEqual(forms('"中医药 产业" 吉林'), [['中医药产业'], ['吉林']]);
  assert.deepEqual(forms('“健康 吉林”'), [['健康吉林']]);
});

test('a word after - is excluded, and its label kept for messages', () => {
  const q = parseQuery('医药 -四川 －中医');
  assert.deepEqual(
    q.include.map((t) => t.label),
    ['医药'],
  );
  assert.deepEqual(
    q.exclude.map((t) => t.forms),
    [['四川'], ['中医']],
  );
});

test('a lone - is a character to search for', () => {
  assert.deepEqual(forms('2020 -'), [['2020'], ['-']]);
});

test('a 发文字号 in any brackets, with spaces or 第, is one word with and without 第', () => {
  const both = [['吉卫复议字〔2020〕49号', '吉卫复议字〔2020〕第49号']];
  assert.deepEqual(forms('吉卫复议字[2020]49号'), both);
  assert.deepEqual(forms('吉卫复议字（２０２０）第49号'), both);
  assert.deepEqual(forms('吉卫复议字 【2020】 第 49 号'), both);
  assert.equal(parseQuery('吉卫复议字 【2020】 第 49 号').id, '吉卫复议字〔2020〕49号');
});

test('a word that may be a 索引号 is looked up whole; a short or digit-free one is not', () => {
  assert.equal(parseQuery('11220000MB1519656C/2020-11206').id, '11220000MB1519656C/2020-11206');
  assert.equal(parseQuery('中医药').id, null);
  assert.equal(parseQuery('3.0版').id, null);
  assert.equal(parseQuery('吉林 2020年').id, null);
});

test('the key of a 发文字号 drops 第 and spaces and folds its brackets and digits', () => {
  assert.equal(identifierKey('吉卫复议字（２０２０） 第49号'), '吉卫复议字〔2020〕49号');
});

test('the hit marker of the document pages marks the words the search page searches for', () => {
  for (const q of ['吉林 中医药', '"健康 吉林" 人才', '医药 -四川', '吉卫复议字 【2020】 第 49 号', 'ＡＢ１２'])
    assert.deepEqual(
      markedForms(q).sort(),
      parseQuery(q)
        .include.flatMap((t) => t.forms)
        .sort(),
      q,
    );
});
