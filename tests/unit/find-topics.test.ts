import assert from 'node:assert/strict';
import { it } from 'node:test';
import { findTopics, statedTopics } from '../../scripts/ingest/find-topics.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { topicRegistrySchema } from '../../src/schema/registry.ts';

const topics = topicRegistrySchema.parse([
  { slug: 'kjjy', name: '科技、教育' },
  { slug: 'kjjy-kj', name: '科技', parent: 'kjjy', keywords: ['科技创新', '研发'] },
  { slug: 'kjjy-zscq', name: '知识产权', parent: 'kjjy', keywords: ['知识产权', '专利'] },
  { slug: 'ldrsjc', name: '劳动、人事、监察' },
  { slug: 'ldrsjc-rsgz', name: '人事工作', parent: 'ldrsjc', keywords: ['人才', '引才'] },
  { slug: 'qt', name: '其他' },
]);
const para = (text: string, section: string): Block => ({ role: 'para', text, lines: [1], part: 0, section });

it('a stated 主题分类 一级\\二级 files the document under that subcategory, for the whole document', () => {
  assert.deepEqual(findTopics('通知', [para('人才人才人才人才人才引才', 's1')], topics, ['科技、教育\\知识产权']), [
    { slug: 'kjjy-zscq', sections: [] },
  ]);
});

it('a stated category without a subcategory files it under the category; an unknown value is ignored', () => {
  assert.deepEqual(statedTopics(['科技、教育', '委员提案'], topics), [{ slug: 'kjjy', sections: [] }]);
  assert.deepEqual(statedTopics(['其他'], topics), [{ slug: 'qt', sections: [] }]);
});

it('six occurrences of two keywords make a subcategory, with the sections that hold them', () => {
  const blocks = [para('人才人才引才', 's1'), para('无关', 's2'), para('人才引才人才', 's3')];
  assert.deepEqual(findTopics('答复', blocks, topics), [{ slug: 'ldrsjc-rsgz', sections: ['s1', 's3'] }]);
});

it('many occurrences of one keyword alone are not strong evidence', () => {
  assert.deepEqual(findTopics('答复', [para('人才人才人才人才人才人才人才', 's1')], topics), []);
});

it('a keyword in the title is enough', () => {
  assert.deepEqual(findTopics('关于知识产权的通知', [para('专利', 's1')], topics), [{ slug: 'kjjy-zscq', sections: ['s1'] }]);
});

it('a subcategory far weaker than the strongest is left out', () => {
  const blocks = [para('人才人才人才引才人才人才人才人才人才引才', 's1'), para('研发科技创新研发研发科技创新研发', 's2')];
  // 科技 has 6 occurrences: it stays beside 人事工作's 10 (40% is 4), not beside its 16 (40% is 6.4).
  assert.deepEqual(
    findTopics('答复', blocks, topics).map((t) => t.slug),
    ['ldrsjc-rsgz', 'kjjy-kj'],
  );
  const weak = [
    para('人才人才人才引才人才人才人才人才人才引才人才人才人才人才人才人才', 's1'),
    para('研发科技创新研发研发科技创新研发', 's2'),
  ];
  assert.deepEqual(
    findTopics('答复', weak, topics).map((t) => t.slug),
    ['ldrsjc-rsgz'],
  );
});
