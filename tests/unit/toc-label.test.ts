import assert from 'node:assert/strict';
import { it } from 'node:test';
import { tocLabel } from '../../src/views/toc-label.ts';

it('a heading of 24 characters or fewer is its own entry', () => {
  assert.equal(tocLabel('（一）经济效益快速增长。'), '（一）经济效益快速增长。');
  assert.equal(tocLabel('一'.repeat(24)), '一'.repeat(24));
});

it('a long run-in heading is shortened to its first clause', () => {
  assert.equal(
    tocLabel(
      '（一）省市场监督管理厅将提供快速确权保护，根据需求对符合条件的联盟企业发明专利申请推荐国家知识产权局进行优先审查，缩短审查周期，快速得到授权。',
    ),
    '（一）省市场监督管理厅将提供快速确权保护…',
  );
});

it('a long heading without an early clause break is cut at 23 characters', () => {
  assert.equal(tocLabel(`（二）${'甲'.repeat(30)}，乙`), `（二）${'甲'.repeat(20)}…`);
});
