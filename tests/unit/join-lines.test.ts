import assert from 'node:assert/strict';
import { it } from 'node:test';
import { joinLines } from '../../scripts/ingest/join-lines.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const joined = (...texts: string[]) => joinLines(lines(...texts)).map((j) => j.text);
const long = '省科技厅牵头组织编制了医药健康产业发展规划等一系列政策';

it('a long line stopping mid-sentence continues on the next non-blank line', () => {
  assert.deepEqual(joinLines(lines(long, '', '体系。其中')), [{ text: `${long}体系。其中`, lines: [1, 3] }]);
});

it('a line ending a sentence or a clause is never continued', () => {
  assert.deepEqual(joined(`${long}。`, '下一段'), [`${long}。`, '下一段']);
  assert.deepEqual(joined(`${long}：`, '下一段'), [`${long}：`, '下一段']);
});

it('headings, dates, document numbers, 抄送 and 附件 lines are never joined to their neighbour', () => {
  assert.deepEqual(joined('一、关于搭建法律和知识产权服务平台的若干重要工作安排', '（一）省市场监督管理厅'), [
    '一、关于搭建法律和知识产权服务平台的若干重要工作安排',
    '（一）省市场监督管理厅',
  ]);
  assert.deepEqual(joined(long, '2020年9月14日'), [long, '2020年9月14日']);
  assert.deepEqual(joined(long, '吉科发医〔2022〕97号'), [long, '吉科发医〔2022〕97号']);
  assert.deepEqual(joined(long, '抄送：省政府办公厅。'), [long, '抄送：省政府办公厅。']);
  assert.deepEqual(joined(long, '附件：吉林省规划'), [long, '附件：吉林省规划']);
  assert.deepEqual(joined(long, '二是完善人才服务工作机制。'), [long, '二是完善人才服务工作机制。']);
});

it('a short line (a signature, an addressee) ends where the author ended it', () => {
  assert.deepEqual(joined('吉林省科学技术厅', '2022年6月28日'), ['吉林省科学技术厅', '2022年6月28日']);
  assert.deepEqual(joined('张锋委员', '您在省政协十二届五次会议上提出的建议收悉'), [
    '张锋委员',
    '您在省政协十二届五次会议上提出的建议收悉',
  ]);
});

it('Latin words and numbers broken apart keep one space', () => {
  assert.deepEqual(joined('规模以上医药健康工业销售收入年均增长达到了 25', '7 个百分点。'), [
    '规模以上医药健康工业销售收入年均增长达到了 25 7 个百分点。',
  ]);
});
