import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationKey } from '../../src/archive/citation-key.ts';
import { pageParam, pagePath, pagerNumbers, paginate } from '../../src/views/paginate.ts';
import { regionSlug } from '../../src/registry/region-slug.ts';
import { bucketPageView, bucketPages } from '../../src/views/listing-views.ts';
import { docListItem } from '../../src/views/doc-list-item.ts';
import { documentSchema } from '../../src/schema/document.ts';

test('region slugs are the pinyin of the province without its suffix, 国家 is national', () => {
  assert.deepEqual(
    ['吉林省', '四川省', '北京市', '广西壮族自治区', '内蒙古自治区', '香港特别行政区', '陕西省', '山西省', '国家'].map(
      regionSlug,
    ),
    ['jilin', 'sichuan', 'beijing', 'guangxi', 'neimenggu', 'xianggang', 'shaanxi', 'shanxi', 'national'],
  );
});

test('a citation key is stable across builds and differs by kind and text', () => {
  assert.equal(
    citationKey('title', '吉林省“十四五”医药健康产业发展规划'),
    citationKey('title', '吉林省“十四五”医药健康产业发展规划'),
  );
  assert.notEqual(citationKey('title', '吉发〔2021〕3号'), citationKey('docNumber', '吉发〔2021〕3号'));
  // Pinned (FNV-1a computed independently): a new hash would break every published citations/#c-… link.
  assert.equal(citationKey('docNumber', '吉发〔2021〕3号'), 'xsi3h3');
});

test('listings split into pages of 50, the first at the listing path and the next at …/2/', () => {
  assert.deepEqual(
    paginate(Array.from({ length: 120 }, (_, i) => i)).map((p) => p.length),
    [50, 50, 20],
  );
  assert.deepEqual(paginate([]), [[]]);
  assert.deepEqual([pageParam(1), pageParam(2)], [undefined, '2']);
  assert.deepEqual(
    [pagePath('browse/year/2022/', 1), pagePath('browse/year/2022/', 3)],
    ['browse/year/2022/', 'browse/year/2022/3/'],
  );
});

test('a pager shows the first and last page and two either side of the current one, … for the pages left out', () => {
  assert.deepEqual(pagerNumbers(1, 1), [1]);
  assert.deepEqual(pagerNumbers(2, 3), [1, 2, 3]);
  assert.deepEqual(pagerNumbers(1, 7), [1, 2, 3, null, 7]);
  // A gap of one page shows that page, not …
  assert.deepEqual(pagerNumbers(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(pagerNumbers(5, 10), [1, 2, 3, 4, 5, 6, 7, null, 10]);
  assert.deepEqual(pagerNumbers(100, 197), [1, null, 98, 99, 100, 101, 102, null, 197]);
  assert.deepEqual(pagerNumbers(197, 197), [1, null, 195, 196, 197]);
  // However long the listing, at most nine entries.
  for (const total of [10, 100, 10_000])
    for (const current of [1, 2, 5, Math.floor(total / 2), total - 1, total])
      assert.ok(pagerNumbers(current, total).length <= 9, `${current} of ${total}`);
});

test('a listing of 120 documents becomes three pages: the listing path, then 2/ and 3/', () => {
  const docs = Array.from({ length: 120 }, (_, i) => ({ slug: `d${i}`, title: `文件${i}` }));
  const pages = bucketPages([{ slug: '2022', name: '2022年', docs: docs as never[] }], 'year', 'year');
  assert.deepEqual(
    pages.map((p) => [p.params.year, p.params.page, p.file, p.view.items.length, p.view.current, p.view.total]),
    [
      ['2022', undefined, 'browse/year/2022/index.html', 50, 1, 3],
      ['2022', '2', 'browse/year/2022/2/index.html', 50, 2, 3],
      ['2022', '3', 'browse/year/2022/3/index.html', 20, 3, 3],
    ],
  );
  assert.deepEqual(pages[2]!.view.items[0], {
    slug: 'd100',
    title: '文件100',
    subtitle: null,
    meta: '日期不详',
    sections: [],
    more: 0,
  });
  assert.deepEqual(bucketPageView([{ slug: '2022', name: '2022年', docs: docs as never[] }], '2022', '3'), pages[2]!.view);
});

test('a list row links the first three of its sections in the document’s order and counts the rest', () => {
  const numerals = ['一', '二', '三', '四', '五', '六'];
  const doc = documentSchema.parse({
    title: '文件',
    slug: 'd',
    source: 'd.txt',
    docType: 'notice',
    docNumber: null,
    issuer: null,
    region: null,
    dateWritten: null,
    sections: numerals.map((n, i) => ({
      id: `s${i + 1}`,
      level: 1,
      label: `${n}、`,
      heading: `${n}、标题`,
      children: i === 1 ? [{ id: 's2-1', level: 2, label: '（一）', heading: '（一）小标题', children: [] }] : [],
    })),
  });
  const row = docListItem(doc, ['s5', 's2-1', 's6', 's1', 's3']);
  assert.deepEqual(row.sections, [
    { id: 's1', name: '一' },
    { id: 's2-1', name: '二（一）' },
    { id: 's3', name: '三' },
  ]);
  assert.equal(row.more, 2);
  assert.deepEqual(
    [docListItem(doc, ['s4', 's2']).sections.map((x) => x.id), docListItem(doc, ['s4', 's2']).more],
    [['s2', 's4'], 0],
  );
});
