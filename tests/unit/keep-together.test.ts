import assert from 'node:assert/strict';
import { it } from 'node:test';
import { keepTogether } from '../../src/views/keep-together.ts';

it('keeps a proposal number with its 号 on one line', () => {
  assert.deepEqual(keepTogether('对省政协十三届一次会议第207号委员提案的答复'), [
    { text: '对省政协十三届一次会议', keep: false },
    { text: '第207号', keep: true },
    { text: '委员提案的答复', keep: false },
  ]);
});

it('keeps a 发文字号 and a date whole', () => {
  assert.deepEqual(keepTogether('吉林省科学技术厅 · 2023年5月26日 · 吉科发医〔2023〕102号'), [
    { text: '吉林省科学技术厅 · ', keep: false },
    { text: '2023年5月26日', keep: true },
    { text: ' · ', keep: false },
    { text: '吉科发医〔2023〕102号', keep: true },
  ]);
});
