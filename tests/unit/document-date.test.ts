import assert from 'node:assert/strict';
import { it } from 'node:test';
import { proposalSubtitle } from '../../src/views/doc-labels.ts';
import { byNewest, dateNeighbours, documentDate } from '../../src/archive/document-date.ts';

const d = (slug: string, dateWritten: string | null, datePublished: string | null = null) => ({
  slug,
  dateWritten,
  datePublished,
});

it('files a document under its 成文日期 even when the portal published it later', () => {
  assert.equal(documentDate(d('x', '2020-09-14', '2020-09-21')), '2020-09-14');
});

it('files a document without 成文日期 under its 发布日期', () => {
  assert.equal(documentDate(d('x', null, '2020-09-21')), '2020-09-21');
});

it('sorts newest first with the undated documents after every dated one', () => {
  const docs = [d('u', null), d('a', '2017-04-20'), d('b', '2023-05-26'), d('c', null, '2020-01-02')];
  assert.deepEqual(
    [...docs].sort(byNewest).map((x) => x.slug),
    ['b', 'c', 'a', 'u'],
  );
});

it('gives an undated document no neighbours and skips it between dated ones', () => {
  const n = dateNeighbours([d('b', '2023-05-26'), d('u', null), d('a', '2017-04-20')]);
  assert.deepEqual(
    [...n].map(([slug, { prev, next }]) => [slug, prev?.slug ?? null, next?.slug ?? null]),
    [
      ['b', 'a', null],
      ['u', null, null],
      ['a', null, 'b'],
    ],
  );
});

it("gives a reply its proposal's title and number, with 《》 inside it nested as 〈〉", () => {
  const proposal = {
    kind: 'proposal' as const,
    proposer: '张锋',
    session: null,
    occasion: null,
    number: 224,
    title: '关于落实《若干措施》的建议',
  };
  assert.equal(proposalSubtitle({ proposal }), '提案《关于落实〈若干措施〉的建议》（第224号）');
  assert.equal(proposalSubtitle({ proposal: { ...proposal, number: null } }), '提案《关于落实〈若干措施〉的建议》');
  assert.equal(proposalSubtitle({ proposal: { ...proposal, title: null } }), '第224号提案');
  assert.equal(proposalSubtitle({ proposal: null }), null);
  // An NPC deputy's suggestion is a 建议.
  assert.equal(proposalSubtitle({ proposal: { ...proposal, kind: 'suggestion', title: null, number: 7264 } }), '第7264号建议');
});
