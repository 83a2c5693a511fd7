import assert from 'node:assert/strict';
import { it } from 'node:test';
import { normaliseDocNumber } from '../../scripts/ingest/patterns.ts';

it('writes every bracket round the year as 〔〕', () => {
  assert.deepEqual(
    ['国办发[2023]12号', '国办发【2023】12号', '国办发（2023）12号', '国办发(2023)12号', '国办发〔2023〕12号'].map(
      normaliseDocNumber,
    ),
    ['国办发〔2023〕12号', '国办发〔2023〕12号', '国办发〔2023〕12号', '国办发〔2023〕12号', '国办发〔2023〕12号'],
  );
});

it('drops spaces, full-width digits become ASCII, and 第 before the serial goes', () => {
  assert.equal(normaliseDocNumber('国办发 〔２０２３〕 第１２号'), '国办发〔2023〕12号');
});

it('keeps a 第 that is not before a digit', () => {
  assert.equal(normaliseDocNumber('第一号'), '第一号');
});
