import assert from 'node:assert/strict';
import { it } from 'node:test';
import { resolveRegion } from '../../scripts/ingest/resolve-region.ts';
import { context } from '../support/corpus.ts';

const region = (issuer: string | null, docNumber: string | null, title = '') =>
  resolveRegion(context.departments, issuer, docNumber, title);

it('the region is the issuer registry entry region', () => {
  assert.equal(region('四川省卫生健康委员会', null), '四川省');
  assert.equal(region('教育部', null), '国家');
});

it('an issuer outside the registry gives the province its name opens with', () => {
  assert.equal(region('吉林省医药健康产业发展领导小组', null), '吉林省');
  assert.equal(region('中共湖南省委人才工作领导小组', null), '湖南省');
});

it('without an issuer, the abbreviation opening the 发文字号 names the province', () => {
  assert.equal(region(null, '川卫发〔2024〕3号'), '四川省');
  assert.equal(region(null, '国办发〔2016〕11号'), '国家');
});

it('failing all else, the first province the title names', () => {
  assert.equal(region(null, null, '关于浙江省和江苏省合作的通知'), '浙江省');
  assert.equal(region(null, null, '关于合作的通知'), null);
});
