import assert from 'node:assert/strict';
import { it } from 'node:test';
import { nameAt } from '../../scripts/ingest/resolve-departments.ts';
import { context } from '../support/corpus.ts';

const { departments } = context;
const names = (text: string, region: string | null) =>
  departments.scan(text, region).map((m) => `${m.printed}=${m.department.name}`);

it('省卫生健康委 in a Sichuan document is 四川省卫生健康委员会', () => {
  assert.equal(departments.resolve('省卫生健康委', '四川省')?.name, '四川省卫生健康委员会');
});

it('省人社厅 and 人社厅 in a Jilin document are 吉林省人力资源和社会保障厅', () => {
  assert.equal(departments.resolve('省人社厅', '吉林省')?.name, '吉林省人力资源和社会保障厅');
  assert.equal(departments.resolve('人社厅', '吉林省')?.name, '吉林省人力资源和社会保障厅');
});

it('抄送 省政府办公厅 in a Jilin document is 吉林省人民政府办公厅', () => {
  assert.equal(departments.resolve('省政府办公厅', '吉林省')?.name, '吉林省人民政府办公厅');
});

it('省X resolves to the registry name R+X in a province the seeds never came from', () => {
  assert.equal(departments.resolve('省政府办公厅', '河南省')?.name, '河南省人民政府办公厅');
  assert.equal(departments.resolve('省外办', '江苏省')?.name, '江苏省人民政府外事办公室');
});

it('a short form does not resolve without a region', () => {
  assert.equal(departments.resolve('省科技厅', null), undefined);
});

it('full names and national short names resolve anywhere', () => {
  assert.equal(departments.resolve('吉林省卫生健康委员会', null)?.name, '吉林省卫生健康委员会');
  assert.equal(departments.resolve('国家卫生计生委', '四川省')?.name, '国家卫生健康委员会');
  assert.equal(departments.resolve('国家发改委', '四川省')?.name, '国家发展和改革委员会');
});

it('a scan takes the longest name at each place and keeps the printed form', () => {
  assert.deepEqual(names('省民族事务委员会与省政府外办、人社厅、卫健委联合印发', '吉林省'), [
    '省民族事务委员会=吉林省民族事务委员会',
    '省政府外办=吉林省人民政府外事办公室',
    '人社厅=吉林省人力资源和社会保障厅',
    '卫健委=吉林省卫生健康委员会',
  ]);
});

it('a bare form after a city or county name is not the province body', () => {
  assert.deepEqual(names('各市卫健委和县人社厅', '吉林省'), []);
});

it('人社部门 is not 人社部', () => {
  assert.deepEqual(names('由人社部门牵头', '吉林省'), []);
});

it('国家知识产权局 is found in any region', () => {
  assert.deepEqual(names('推荐国家知识产权局进行优先审查', '吉林省'), ['国家知识产权局=国家知识产权局']);
});

it('a former name printed in a document older than the renaming stays that name; in a newer one it is the current name', () => {
  const body = departments.resolve('国家卫生计生委', null)!;
  assert.deepEqual(
    [
      nameAt(body, '国家卫生计生委', '2016-05-01'),
      nameAt(body, '国家卫生计生委', '2019-01-01'),
      nameAt(body, '国家卫生计生委', null),
    ],
    ['国家卫生和计划生育委员会', '国家卫生健康委员会', '国家卫生健康委员会'],
  );
});
