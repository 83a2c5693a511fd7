import assert from 'node:assert/strict';
import { it } from 'node:test';
import { chineseNumeral, sectionLabels, sectionName, sectionNames } from '../../src/views/citation.ts';
import { seedCorpus } from '../support/corpus.ts';
import type { SectionNode } from '../../src/schema/document.ts';

const node = (id: string, label: string, children: SectionNode[] = []): SectionNode => ({
  id,
  level: id.split('-').length,
  label,
  heading: `${label}标题`,
  children,
});
const sections = [node('s1', '一、'), node('s2', '二、', [node('s2-1', '（一）', [node('s2-1-3', '3.')])])];

it('writes Chinese numerals up to ninety-nine', () => {
  assert.deepEqual([1, 10, 12, 20, 99].map(chineseNumeral), ['一', '十', '十二', '二十', '九十九']);
});

it('names section s2 as 第二部分 in a citation', () => {
  assert.equal(sectionName(sections, 's2'), '第二部分');
});

it('names deeper sections by their printed labels', () => {
  assert.equal(sectionName(sections, 's2-1-3'), '第二部分（一）3');
});

it('labels sections in lists as readers say them: 二, 二（一）, 二（一）3', () => {
  assert.deepEqual(
    [...sectionLabels(sections)],
    [
      ['s1', '一'],
      ['s2', '二'],
      ['s2-1', '二（一）'],
      ['s2-1-3', '二（一）3'],
    ],
  );
});

it('puts a 、 between a numbered section and an item numbered 一是 inside it', () => {
  assert.deepEqual(
    [...sectionLabels([node('s5', '五、', [node('s5-1', '一是')])])],
    [
      ['s5', '五'],
      ['s5-1', '五、一是'],
    ],
  );
});

it('names every section of a tree in one walk exactly as sectionName does, on every seed', () => {
  const flat = (nodes: readonly SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
  assert.deepEqual(
    [...sectionNames(sections)],
    [
      ['s1', '第一部分'],
      ['s2', '第二部分'],
      ['s2-1', '第二部分（一）'],
      ['s2-1-3', '第二部分（一）3'],
    ],
  );
  for (const { data } of seedCorpus()) {
    const names = sectionNames(data.sections);
    for (const s of flat(data.sections)) assert.equal(names.get(s.id), sectionName(data.sections, s.id), `${data.slug} ${s.id}`);
  }
});
