import assert from 'node:assert/strict';
import { it } from 'node:test';
import { docNumberKey } from '../../scripts/pipeline/corpus-checks.ts';

it('writes every bracket round the year as 〔〕', () => {
  assert.deepEqual(
    ['国办发[2023]12号', '国办发【2023】12号', '国办发（2023）12号', '国办发(2023)12号', '国办发〔2023〕12号'].map(docNumberKey),
    ['国办发〔2023〕12号', '国办发〔2023〕12号', '国办发〔2023〕12号', '国办发〔2023〕12号', '国办发〔2023〕12号'],
  );
});

it('drops spaces, full-width digits become ASCII, and 第 before the serial goes', () => {
  assert.equal(docNumberKey('国办发 〔２０２３〕 第１２号'), '国办发〔2023〕12号');
});

it('keeps a 第 that is not before a digit', () => {
  assert.equal(docNumberKey('第一号'), '第一号');
});
