import assert from 'node:assert/strict';
import { it } from 'node:test';
import { findTopics } from '../../scripts/pipeline/find-topics.ts';
import type { Block } from '../../scripts/pipeline/types.ts';

const topics = [
  { slug: 'talent', name: '人才', keywords: ['人才', '引才'] },
  { slug: 'ip', name: '知识产权', keywords: ['知识产权', '专利'] },
];
const para = (text: string, section: string): Block => ({ role: 'para', text, lines: [1], part: 0, section });

it('three keyword occurrences make a topic, with the sections that hold them', () => {
  assert.deepEqual(findTopics('答复', [para('人才引才', 's1'), para('无', 's2'), para('人才', 's3')], topics), [
    { slug: 'talent', sections: ['s1', 's3'] },
  ]);
});

it('two occurrences do not, unless the title names the topic', () => {
  assert.deepEqual(findTopics('答复', [para('专利和人才', 's1'), para('人才', 's2')], topics), []);
  assert.deepEqual(findTopics('关于知识产权的通知', [para('专利', 's1')], topics), [{ slug: 'ip', sections: ['s1'] }]);
});
