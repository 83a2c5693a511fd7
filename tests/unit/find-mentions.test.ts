import assert from 'node:assert/strict';
import { it } from 'node:test';
import { findMentions } from '../../scripts/ingest/find-mentions.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { context } from '../support/corpus.ts';

const noPlace = { city: null, district: null };
const para = (text: string, section: string): Block => ({ role: 'para', text, lines: [1], part: 0, section });

it('each body comes once, with every printed form and section, in text order', () => {
  const { mentions } = findMentions(
    [para('省人社厅会同省财政厅', 's1'), para('人社厅、吉林省人力资源和社会保障厅', 's2')],
    { region: '吉林省', place: noPlace },
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

it('a committee of experts is no body, and a group printed short is completed by the region', () => {
  const { unlisted } = findMentions(
    [para('四川省中医药标准化技术委员会和省医药健康产业发展领导小组办公室', 's1')],
    { region: '四川省', place: noPlace },
    context.departments,
  );
  assert.deepEqual(unlisted, ['四川省医药健康产业发展领导小组']);
});

it("a short form the registry lacks is completed by the document's own region, not another one", () => {
  const { mentions, unlisted } = findMentions(
    [para('省政数局配合', 's1')],
    { region: '四川省', place: noPlace },
    context.departments,
  );
  assert.deepEqual(
    [mentions, unlisted],
    [[{ department: '四川省政数局', printed: ['省政数局'], sections: ['s1'] }], ['四川省政数局']],
  );
});

it("in a district's document, 区X is the district's body and 市X the city's", () => {
  const { unlisted } = findMentions(
    [para('会同区商务局、市统计局', 's1')],
    { region: '广东省', place: { city: '广州市', district: '广州市天河区' } },
    context.departments,
  );
  assert.deepEqual(unlisted, ['广州市天河区商务局', '广州市统计局']);
});

it('a city body printed in full is a body anywhere; a phrase ending in 局 is not', () => {
  const { unlisted } = findMentions(
    [para('抄送：长春市卫生健康委员会。努力开创我市知识产权发展新局，会同省广播电视局', 's1')],
    { region: '吉林省', place: noPlace },
    context.departments,
  );
  assert.deepEqual(unlisted, ['吉林省广播电视局', '长春市卫生健康委员会']);
});
