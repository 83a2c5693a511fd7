import assert from 'node:assert/strict';
import { it } from 'node:test';
import { concernsDepartment, concernsTopic } from '../../src/lib/feed-membership.ts';
import { documentSchema } from '../../src/schema/document.ts';

const base = { title: 't', slug: 's', source: 's.txt', docType: 'notice', docNumber: null, issuer: '甲厅', region: null, dateWritten: null };
const doc = (extra: object) => documentSchema.parse({ ...base, ...extra });
const dept = { name: '乙厅', aliases: ['乙省乙厅'] };

it('counts a department that issued, co-issued or was copied', () => {
  assert.equal(concernsDepartment(doc({ issuer: '乙厅' }), dept), true);
  assert.equal(concernsDepartment(doc({ coIssuers: ['乙厅'] }), dept), true);
  assert.equal(concernsDepartment(doc({ cc: ['乙厅'] }), dept), true);
});

it('counts a department that is mentioned or issued the interpreted measures', () => {
  assert.equal(concernsDepartment(doc({ departmentsMentioned: ['乙厅'] }), dept), true);
  assert.equal(concernsDepartment(doc({ mentions: [{ department: '乙厅', printed: ['乙厅'], sections: ['s1'] }] }), dept), true);
  assert.equal(concernsDepartment(doc({ interprets: { title: 'x', issuers: ['乙厅'], issuerCount: null } }), dept), true);
});

it('counts a department addressed by its name or an alias as printed', () => {
  assert.equal(concernsDepartment(doc({ addressee: '各市卫生局、乙省乙厅' }), dept), true);
});

it('leaves out a document that does not concern the department', () => {
  assert.equal(concernsDepartment(doc({ cc: ['丙厅'], addressee: '丙厅' }), dept), false);
});

it('counts a document for a topic only when tagged with its slug', () => {
  const d = doc({ topics: [{ slug: 'talent', sections: [] }] });
  assert.deepEqual([concernsTopic(d, 'talent'), concernsTopic(d, 'traditional-chinese-medicine')], [true, false]);
});
