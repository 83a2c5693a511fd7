import assert from 'node:assert/strict';
import { it } from 'node:test';
import { makeSlug } from '../../scripts/pipeline/make-slug.ts';

const slug = (docNumber: string | null, title = '关于某事的通知', dateWritten: string | null = null, source = 'a.txt') => makeSlug({ docNumber, title, dateWritten, source });

it('a 发文字号 gives the province code, pinyin initials, year and number', () => {
  assert.equal(slug('吉卫复议字〔2020〕49号'), 'jlwfyz-2020-49');
  assert.equal(slug('冀卫复议字〔2020〕49号'), 'hewfyz-2020-49');
  assert.equal(slug('国办发[2016]11号'), 'gbf-2016-11');
});

it('the slug depends on the metadata only, not on the title or the body', () => {
  assert.equal(slug('吉科发医〔2022〕97号', '另一个标题'), 'jlkfy-2022-97');
});

it('without a number: title initials, year, and a hash of the source name', () => {
  assert.equal(slug(null, '关于《若干措施》的解读', '2024-03-01', '004_x.txt'), `gyrgcsdjd-2024-${slug(null, '关于《若干措施》的解读', null, '004_x.txt').split('-')[1]!}`);
  assert.notEqual(slug(null, '关于《若干措施》的解读', null, 'a.txt'), slug(null, '关于《若干措施》的解读', null, 'b.txt'));
  assert.match(slug(null, '关于《若干措施》的解读', null, 'a.txt'), /^gyrgcsdjd-[0-9a-f]{6}$/);
});
