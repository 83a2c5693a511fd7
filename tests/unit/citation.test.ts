import assert from 'node:assert/strict';
import { it } from 'node:test';
import { chineseNumeral, plainCitation, sectionName, sectionNames } from '../../src/lib/citation.ts';
import { seedCorpus } from './support/corpus.ts';
import type { SectionNode } from '../../src/schema/document.ts';

const node = (id: string, label: string, children: SectionNode[] = []): SectionNode => ({
  id,
  level: id.split('-').length,
  label,
  heading: `${label}标题`,
  children,
});
const sections = [node('s1', '一、'), node('s2', '二、', [node('s2-1', '（一）', [node('s2-1-3', '3.')])])];
const doc = {
  issuer: '吉林省科学技术厅',
  title: '对省政协十二届五次会议第224号委员提案的答复',
  docNumber: '吉科发医〔2022〕97号',
  sections,
};

it('writes Chinese numerals up to ninety-nine', () => {
  assert.deepEqual([1, 10, 12, 20, 99].map(chineseNumeral), ['一', '十', '十二', '二十', '九十九']);
});

it('cites a whole document as issuer《title》（number）', () => {
  assert.equal(plainCitation(doc), '吉林省科学技术厅《对省政协十二届五次会议第224号委员提案的答复》（吉科发医〔2022〕97号）');
});

it('cites section s2 as 第二部分', () => {
  assert.equal(
    plainCitation(doc, 's2'),
    '吉林省科学技术厅《对省政协十二届五次会议第224号委员提案的答复》（吉科发医〔2022〕97号）第二部分',
  );
});

it('names deeper sections by their printed labels', () => {
  assert.equal(sectionName(sections, 's2-1-3'), '第二部分（一）3');
});

it('leaves out the number of a document that has none', () => {
  assert.equal(
    plainCitation({ ...doc, docNumber: null }, 's1'),
    '吉林省科学技术厅《对省政协十二届五次会议第224号委员提案的答复》第一部分',
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
