import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildArchive } from '../../src/archive/build-archive.ts';
import { listedCiting } from '../../src/archive/citation-listing.ts';
import { citationKey } from '../../src/archive/citation-key.ts';
import { docTypes, documentSchema, type DocumentData, type DocumentInput } from '../../src/schema/document.ts';
import { departmentRegistrySchema, topicRegistrySchema } from '../../src/schema/registry.ts';

const doc = (slug: string, extra: Partial<DocumentInput>): DocumentData =>
  documentSchema.parse({
    title: `文件${slug}`,
    slug,
    source: `${slug}.txt`,
    docType: 'reply',
    docNumber: null,
    issuer: null,
    region: null,
    dateWritten: null,
    ...extra,
  });

const source = { title: '测试用机构清单', url: 'https://example.org/list' };
const departments = departmentRegistrySchema.parse([
  {
    slug: 'jl-kjt',
    name: '吉林省科学技术厅',
    short: ['省科技厅'],
    aliases: ['吉林省科技厅'],
    region: '吉林省',
    kind: 'constituent',
    source,
  },
  { slug: 'jl-czt', name: '吉林省财政厅', short: ['省财政厅'], region: '吉林省', kind: 'constituent', source },
  { slug: 'sc-czt', name: '四川省财政厅', short: ['省财政厅'], region: '四川省', kind: 'constituent', source },
]);
const topics = topicRegistrySchema.parse([{ slug: 'talent', name: '人才', keywords: ['人才'] }]);

const a = doc('a', {
  issuer: '吉林省科学技术厅',
  dateWritten: '2022-06-28',
  proposal: { proposer: '甲', session: '省政协十二届五次会议', number: 1, occasion: null, title: null },
  topics: [{ slug: 'talent', sections: ['s4'] }],
  citations: [{ kind: 'title', text: '某规划', sections: ['s1', 's2'], resolved: 'c' }],
});
const b = doc('b', {
  issuer: '吉林省科学技术厅',
  dateWritten: '2023-05-26',
  addressee: '省财政厅、各市（州）科技局',
  cc: ['吉林省财政厅'],
  mentions: [{ department: '吉林省财政厅', printed: ['省财政厅'], sections: ['s2', ''] }],
  citations: [{ kind: 'title', text: '某规划', sections: ['s3'], resolved: 'c' }],
});
const c = doc('c', {
  issuer: '吉林省财政厅',
  coIssuers: ['吉林省科技厅'],
  dateWritten: '2017-04-20',
  docType: 'notice',
  topics: [{ slug: 'talent', sections: [] }],
  proposal: { proposer: '乙', session: '省政协十二届五次会议', number: 2, occasion: null, title: null },
});
const d = doc('d', {
  issuer: '四川省财政厅',
  region: '四川省',
  docType: 'interpretation',
  citations: [{ kind: 'docNumber', text: '川财〔2020〕1号', sections: [''], resolved: null }],
});
const archive = buildArchive([d, c, b, a], departments, topics, docTypes);

describe('buildArchive', () => {
  test('documents come newest first, undated last', () => {
    assert.deepEqual(
      archive.docs.map((x) => x.slug),
      ['b', 'a', 'c', 'd'],
    );
  });

  test('a department lists its documents by role, resolving aliases and short forms in the region', () => {
    const kjt = archive.departments.get('吉林省科学技术厅')!;
    assert.deepEqual(
      kjt.byRole.issued.map((x) => x.doc.slug),
      ['b', 'a'],
    );
    assert.deepEqual(
      kjt.byRole.coIssued.map((x) => x.doc.slug),
      ['c'],
    );
    assert.equal(kjt.total, 3);
    const czt = archive.departments.get('吉林省财政厅')!;
    assert.deepEqual(
      czt.byRole.issued.map((x) => x.doc.slug),
      ['c'],
    );
    assert.deepEqual(
      czt.byRole.addressed.map((x) => x.doc.slug),
      ['b'],
    );
    assert.deepEqual(
      czt.byRole.cc.map((x) => x.doc.slug),
      ['b'],
    );
    assert.deepEqual(
      czt.byRole.mentioned.map((x) => [x.doc.slug, x.sections]),
      [['b', ['s2']]],
    );
    assert.equal(czt.total, 2);
    assert.deepEqual(archive.departments.get('四川省财政厅')!.byRole.addressed, []);
  });

  test('a document that issues or copies a body is listed under its 提及 only with the sections that name it', () => {
    const own = doc('e', {
      issuer: '吉林省财政厅',
      dateWritten: '2021-01-01',
      mentions: [{ department: '吉林省财政厅', printed: ['吉林省财政厅'], sections: [''] }],
    });
    const inText = doc('f', {
      issuer: '吉林省财政厅',
      dateWritten: '2021-02-01',
      mentions: [{ department: '吉林省财政厅', printed: ['省财政厅'], sections: ['s1', ''] }],
    });
    const other = doc('g', {
      issuer: '吉林省科学技术厅',
      dateWritten: '2021-03-01',
      mentions: [{ department: '吉林省财政厅', printed: ['吉林省财政厅'], sections: [''] }],
    });
    // Copied (抄送), and named only in the 抄送 line: listed under 抄送 alone.
    const copied = doc('h', {
      issuer: '吉林省科学技术厅',
      dateWritten: '2021-04-01',
      cc: ['吉林省财政厅'],
      mentions: [{ department: '吉林省财政厅', printed: ['吉林省财政厅'], sections: [''] }],
    });
    const czt = buildArchive([own, inText, other, copied], departments, topics, docTypes).departments.get('吉林省财政厅')!;
    assert.deepEqual(
      czt.byRole.cc.map((x) => x.doc.slug),
      ['h'],
    );
    assert.deepEqual(
      czt.byRole.issued.map((x) => x.doc.slug),
      ['f', 'e'],
    );
    assert.deepEqual(
      czt.byRole.mentioned.map((x) => [x.doc.slug, x.sections]),
      [
        ['g', []],
        ['f', ['s1']],
      ],
    );
    assert.equal(czt.total, 4);
  });

  test('a topic lists its documents with their supporting sections', () => {
    assert.deepEqual(
      archive.topics.map((t) => [t.topic.slug, t.docs.map((x) => [x.doc.slug, x.sections])]),
      [
        [
          'talent',
          [
            ['a', ['s4']],
            ['c', []],
          ],
        ],
      ],
    );
  });

  test('the citation index keeps every citation, resolved or not, with citing documents and sections', () => {
    assert.deepEqual(
      archive.citations.map((e) => [e.kind, e.text, e.resolved, e.citing.map((x) => [x.doc.slug, x.sections])]),
      [
        [
          'title',
          '某规划',
          'c',
          [
            ['b', ['s3']],
            ['a', ['s1', 's2']],
          ],
        ],
        ['docNumber', '川财〔2020〕1号', null, [['d', []]]],
      ],
    );
    assert.deepEqual(
      archive.citedBy.get('c')!.map((x) => x.doc.slug),
      ['b', 'a'],
    );
    assert.equal(
      archive.citationPath(citationKey('docNumber', '川财〔2020〕1号')),
      `citations/#c-${citationKey('docNumber', '川财〔2020〕1号')}`,
    );
  });

  test('related documents rank the same proposal session above the same issuer above a shared topic', () => {
    assert.deepEqual(
      archive.related.get('a')!.map((r) => [r.doc.slug, r.score]),
      [
        ['c', 4],
        ['b', 2],
      ],
    );
    assert.deepEqual(archive.related.get('d')!, []);
  });

  test('previous is the next older document and next the next newer one', () => {
    assert.deepEqual([archive.neighbours.get('a')!.prev?.slug, archive.neighbours.get('a')!.next?.slug], ['c', 'b']);
    assert.equal(archive.neighbours.get('b')!.next, null);
  });

  test("an undated document has no previous or next and is nobody's neighbour by date", () => {
    assert.deepEqual(archive.neighbours.get('d'), { prev: null, next: null });
    assert.equal(archive.neighbours.get('c')!.prev, null);
  });

  test('counts by type, region (issuer region when the document names none) and year', () => {
    const counts = (list: typeof archive.byType) => list.map((x) => [x.slug, x.name, x.docs.length]);
    assert.deepEqual(counts(archive.byType), [
      // In the vocabulary's order: the 条例's kinds, then replies, interpretations, …
      ['notice', 'notice', 1],
      ['reply', 'reply', 2],
      ['interpretation', 'interpretation', 1],
    ]);
    assert.deepEqual(counts(archive.byRegion), [
      ['jilin', '吉林省', 3],
      ['sichuan', '四川省', 1],
    ]);
    assert.deepEqual(counts(archive.byYear), [
      ['2023', '2023年', 1],
      ['2022', '2022年', 1],
      ['2017', '2017年', 1],
      ['undated', '日期不详', 1],
    ]);
  });
});

test('a citation index entry lists its newest citing documents up to the limit and counts the rest', () => {
  const citing = Array.from({ length: 13 }, (_, i) => ({ doc: { slug: `d${i}` }, sections: [] }));
  const { shown, more } = listedCiting({ citing } as unknown as Parameters<typeof listedCiting>[0], 10);
  assert.deepEqual(
    shown.map((c) => c.doc.slug),
    citing.slice(0, 10).map((c) => c.doc.slug),
  );
  assert.equal(more, 3);
  assert.equal(listedCiting({ citing: citing.slice(0, 4) } as unknown as Parameters<typeof listedCiting>[0], 10).more, 0);
});

test("the citation index leaves out a reply's own proposal, a notice's own attachment and the document itself", () => {
  const cite = (text: string, resolved: string | null = null, kind: 'title' | 'docNumber' = 'title') => ({
    kind,
    text,
    sections: ['s1'],
    resolved,
  });
  const reply = doc('r', {
    title: '对刘晓峰委员关于《加快推动大健康产业联盟五大平台建设》提案的答复',
    docNumber: '吉卫复议字〔2020〕49号',
    proposal: {
      proposer: '刘晓峰',
      session: null,
      number: null,
      occasion: null,
      title: '关于加快推动大健康产业联盟五大平台建设的建议',
    },
    citations: [
      cite('加快推动大健康产业联盟五大平台建设'),
      cite('关于加快推动大健康产业联盟五大平台建设的建议'),
      cite('健康吉林2030规划纲要'),
      cite('吉卫复议字〔2020〕49号', null, 'docNumber'),
    ],
  });
  const notice = doc('n', {
    docType: 'notice',
    title: '关于印发《吉林省医药健康产业“十三五” 发展规划》的通知',
    attachments: ['吉林省医药健康产业“十三五”发展规划'],
    citations: [cite('吉林省医药健康产业“十三五”发展规划', 'n'), cite('中国制造2025')],
  });
  const interpretation = doc('i', {
    docType: 'interpretation',
    title: '关于《若干措施》的解读',
    citations: [cite('若干措施')],
  });
  const built = buildArchive([reply, notice, interpretation], departments, topics, docTypes);
  assert.deepEqual(
    built.citations.map((e) => [e.text, e.citing.map((x) => x.doc.slug)]),
    [
      ['中国制造2025', ['n']],
      ['健康吉林2030规划纲要', ['r']],
      ['若干措施', ['i']],
    ],
  );
});
