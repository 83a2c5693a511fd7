import assert from 'node:assert/strict';
import { it } from 'node:test';
import { documentJsonLd, schemaOrgType } from '../../src/views/json-ld.ts';
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
  topics: [{ slug: 'talent', name: '人才', keywords: ['人才'] }],
};

it('types normative documents as Legislation, replies and interpretations as Report', () => {
  assert.deepEqual(
    ['notice', 'measures', 'reply', 'interpretation', 'other'].map((t) => schemaOrgType(t as 'notice')),
    ['Legislation', 'Legislation', 'Report', 'Report', 'CreativeWork'],
  );
});

it('gives the document number as identifier and the dates it states', () => {
  const ld = documentJsonLd(d, ctx);
  assert.deepEqual(
    [ld['identifier'], ld['dateCreated'], ld['datePublished']],
    ['吉医药健康组发〔2017〕1号', '2017-04-20', undefined],
  );
});

it('names the issuer as publisher, topics as about and the archive as isPartOf', () => {
  const ld = documentJsonLd(d, ctx);
  assert.deepEqual(ld['publisher'], { '@type': 'GovernmentOrganization', name: '甲领导小组' });
  assert.deepEqual(ld['about'], ['人才']);
  assert.deepEqual(ld['isPartOf'], { '@type': 'WebSite', name: '政策文库', url: 'https://e.org/a/' });
});

it('names every issuer of a co-issued document as author, and no author beside a sole publisher', () => {
  assert.deepEqual(documentJsonLd(d, ctx)['author'], [
    { '@type': 'GovernmentOrganization', name: '甲领导小组' },
    { '@type': 'GovernmentOrganization', name: '乙厅' },
  ]);
  assert.equal('author' in documentJsonLd({ ...d, coIssuers: [] }, ctx), false);
});

it('states each fact once: no @id, headline, description or legislation* copies of the url, title, number, dates and issuers', () => {
  const ld = documentJsonLd(d, ctx);
  assert.deepEqual(Object.keys(ld), [
    '@context',
    '@type',
    'url',
    'name',
    'identifier',
    'dateCreated',
    'publisher',
    'author',
    'about',
    'spatialCoverage',
    'isPartOf',
  ]);
});

it('leaves out the identifier of a document without a number', () => {
  assert.equal('identifier' in documentJsonLd({ ...d, docNumber: null }, ctx), false);
});
