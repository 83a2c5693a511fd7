import assert from 'node:assert/strict';
import { it } from 'node:test';
import { documentJsonLd, schemaOrgType } from '../../src/lib/json-ld.ts';
import { documentSchema } from '../../src/schema/document.ts';

const d = documentSchema.parse({
  title: '关于印发规划的通知',
  slug: 'jyyzf-2017-1',
  source: '000.txt',
  docType: 'notice',
  docNumber: '吉医药健康组发〔2017〕1号',
  issuer: '甲领导小组',
  coIssuers: ['乙厅'],
  region: '吉林省',
  dateWritten: '2017-04-20',
  topics: [{ slug: 'talent', sections: ['s1'] }],
});
const ctx = {
  url: 'https://e.org/a/documents/jyyzf-2017-1/',
  siteUrl: 'https://e.org/a/',
  siteName: '政策文库',
  description: '开头',
  topics: [{ slug: 'talent', name: '人才', keywords: ['人才'] }],
  topicUrl: (s: string) => `https://e.org/a/topics/${s}/`,
};

it('types normative documents as Legislation, replies and interpretations as Report', () => {
  assert.deepEqual(['notice', 'measures', 'reply', 'interpretation', 'other'].map((t) => schemaOrgType(t as 'notice')), ['Legislation', 'Legislation', 'Report', 'Report', 'CreativeWork']);
});

it('gives the document number as identifier and the dates it states', () => {
  const ld = documentJsonLd(d, ctx);
  assert.deepEqual([ld['identifier'], ld['legislationIdentifier'], ld['dateCreated'], ld['legislationDate'], ld['datePublished']], ['吉医药健康组发〔2017〕1号', '吉医药健康组发〔2017〕1号', '2017-04-20', '2017-04-20', undefined]);
});

it('names the issuer as publisher, topics as about and the archive as isPartOf', () => {
  const ld = documentJsonLd(d, ctx);
  assert.deepEqual(ld['publisher'], { '@type': 'GovernmentOrganization', name: '甲领导小组' });
  assert.deepEqual(ld['about'], [{ '@type': 'Thing', name: '人才', url: 'https://e.org/a/topics/talent/' }]);
  assert.deepEqual(ld['isPartOf'], { '@type': 'WebSite', name: '政策文库', url: 'https://e.org/a/' });
});

it('leaves out the identifier of a document without a number', () => {
  assert.equal('identifier' in documentJsonLd({ ...d, docNumber: null }, ctx), false);
});
