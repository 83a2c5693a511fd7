import assert from 'node:assert/strict';
import { it } from 'node:test';
import { buildArchive } from '../../src/archive/build-archive.ts';
import { departmentPages } from '../../src/views/listing-views.ts';
import { docTypes, documentSchema, type DocumentData, type DocumentInput } from '../../src/schema/document.ts';
import { departmentRegistrySchema, topicRegistrySchema } from '../../src/schema/registry.ts';

const doc = (slug: string, extra: Partial<DocumentInput>): DocumentData =>
  documentSchema.parse({
    title: `文件${slug}`,
    slug,
    source: `${slug}.txt`,
    docType: 'notice',
    docNumber: null,
    issuer: null,
    region: '吉林省',
    dateWritten: '2022-01-01',
    ...extra,
  });
const source = { title: '测试用机构清单', url: 'https://example.org/list' };
const departments = departmentRegistrySchema.parse([
  { slug: 'jl-wjw', name: '吉林省卫生健康委员会', region: '吉林省', kind: 'constituent', source },
]);
const topics = topicRegistrySchema.parse([{ slug: 'wsty', name: '卫生、体育' }]);
// 60 documents issued by the registry body, 3 mentioning it; one of them also issued by a body
// the registry lacks.
const docs = [
  ...Array.from({ length: 60 }, (_, i) => doc(`i${String(i).padStart(2, '0')}`, { issuer: '吉林省卫生健康委员会' })),
  ...Array.from({ length: 3 }, (_, i) =>
    doc(`m${i}`, {
      issuer: '吉林省科学技术厅',
      mentions: [{ department: '吉林省卫生健康委员会', printed: ['省卫生健康委'], sections: ['s1'] }],
    }),
  ),
];
const archive = buildArchive(docs, departments, topics, docTypes);
const pages = departmentPages(archive);

it('a department has a first page and one page more for each further 50 of one role, never pages of empty roles', () => {
  assert.deepEqual(
    pages.filter((p) => p.params.slug === 'jl-wjw').map((p) => p.file),
    ['departments/jl-wjw/index.html', 'departments/jl-wjw/issued/2/index.html'],
  );
});

it('the first page shows only the roles with documents, each with its own page count', () => {
  const first = pages.find((p) => p.file === 'departments/jl-wjw/index.html')!.view;
  assert.deepEqual(
    first.lists.map((l) => [l.role, l.all, l.items.length, l.pages]),
    [
      ['issued', 60, 50, 2],
      ['mentioned', 3, 3, 1],
    ],
  );
  assert.deepEqual([first.issued, first.all], [60, 63]);
});

it('a role page shows that role alone', () => {
  const second = pages.find((p) => p.file === 'departments/jl-wjw/issued/2/index.html')!.view;
  assert.deepEqual(
    second.lists.map((l) => [l.role, l.items.length, l.current]),
    [['issued', 10, 2]],
  );
});

it('a body the registry lacks gets a page of kind unlisted, in the region its name opens with', () => {
  const unlisted = [...archive.departments.values()].find((e) => e.department.name === '吉林省科学技术厅')!;
  assert.deepEqual(
    [unlisted.department.kind, unlisted.department.region, unlisted.byRole.issued.length, unlisted.department.slug],
    ['unlisted', '吉林省', 3, 'jl-kexuejishuting'],
  );
});

it("an unlisted body's slug is the pinyin of its name, the same in any archive, and never taken from another body", () => {
  const alone = buildArchive([docs[60]!], departments, topics, docTypes);
  assert.equal(alone.departments.get('吉林省科学技术厅')!.department.slug, 'jl-kexuejishuting');
  const taken = departmentRegistrySchema.parse([
    { slug: 'jl-kexuejishuting', name: '吉林省某机构', region: '吉林省', kind: 'constituent', source },
  ]);
  assert.throws(
    () => buildArchive(docs, taken, topics, docTypes),
    /吉林省某机构 and 吉林省科学技术厅 both make the department slug "jl-kexuejishuting"/,
  );
});
