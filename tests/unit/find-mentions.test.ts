import assert from 'node:assert/strict';
import { it } from 'node:test';
import { findMentions } from '../../scripts/pipeline/find-mentions.ts';
import type { Block } from '../../scripts/pipeline/types.ts';
import { context } from './support/corpus.ts';

const para = (text: string, section: string): Block => ({ role: 'para', text, lines: [1], part: 0, section });

it('each body comes once, with every printed form and section, in text order', () => {
  const { mentions } = findMentions(
    [para('省人社厅会同省财政厅', 's1'), para('人社厅、吉林省人力资源和社会保障厅', 's2')],
    '吉林省',
    context.departments,
  );
  assert.deepEqual(mentions, [
    {
      department: '吉林省人力资源和社会保障厅',
      printed: ['省人社厅', '人社厅', '吉林省人力资源和社会保障厅'],
      sections: ['s1', 's2'],
    },
    { department: '吉林省财政厅', printed: ['省财政厅'], sections: ['s1'] },
  ]);
});

it('body-like names outside the registry are listed, not dropped', () => {
  const { unknown } = findMentions(
    [para('四川省中医药标准化技术委员会和省医药健康产业发展领导小组办公室', 's1')],
    '四川省',
    context.departments,
  );
  assert.deepEqual(unknown, ['四川省中医药标准化技术委员会']);
});

it('a short form of another province is unknown in this one', () => {
  const { mentions, unknown } = findMentions([para('省政数局配合', 's1')], '四川省', context.departments);
  assert.deepEqual([mentions, unknown], [[], ['省政数局']]);
});
