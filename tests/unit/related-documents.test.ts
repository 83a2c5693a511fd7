import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedDocuments } from '../../src/archive/related-documents.ts';
import type { DocumentData } from '../../src/schema/document.ts';

const doc = (slug: string, date: string, issuer: string, topics: string[], session?: string) =>
  ({
    slug,
    dateWritten: date,
    datePublished: null,
    signature: null,
    issuer,
    proposal: session ? { session } : null,
    topics: topics.map((t) => ({ slug: t, sections: [] })),
  }) as unknown as DocumentData;

const docs = [
  doc('a', '2021-03-01', '甲', ['t1']),
  doc('b', '2021-02-01', '甲', ['t1']),
  doc('c', '2021-04-01', '乙', ['t1']),
  doc('d', '2020-01-01', '乙', [], 's1'),
  doc('e', '2019-01-01', '乙', [], 's1'),
];
const related = relatedDocuments(docs);
const of = (slug: string) => related.get(slug)!.map((r) => [r.doc.slug, r.score, r.reasons.join('、')]);

test('a shared issuer and topic add up: 2 + 1', () => {
  assert.deepEqual(of('a'), [
    ['b', 3, '同一发文机关、同一主题'],
    ['c', 1, '同一主题'],
  ]);
});

test('the same proposal session weighs most', () => {
  assert.deepEqual(of('d'), [
    ['e', 5, '同一会议提案、同一发文机关'],
    ['c', 2, '同一发文机关'],
  ]);
});

test('equal scores are ordered newest first, whatever order the documents came in', () => {
  const expected = [
    ['d', 2, '同一发文机关'],
    ['e', 2, '同一发文机关'],
    ['a', 1, '同一主题'],
    ['b', 1, '同一主题'],
  ];
  assert.deepEqual(of('c'), expected);
  const reversed = relatedDocuments([...docs].reverse());
  assert.deepEqual(
    reversed.get('c')!.map((r) => [r.doc.slug, r.score, r.reasons.join('、')]),
    expected,
  );
});
