import assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  anchorName,
  citeFormats,
  citeInfoFromPage,
  citeText,
  isoDay,
  pageAnchorName,
  pageSectionNames,
  pageCiteData,
  type CiteInfo,
} from '../../src/views/cite-formats.ts';

const info: CiteInfo = {
  slug: 'jkfy-2022-97',
  title: '对省政协十二届五次会议第224号委员提案的答复',
  issuers: ['吉林省科学技术厅'],
  docNumber: '吉科发医〔2022〕97号',
  date: '2022-06-28',
  url: 'https://example.org/a/documents/jkfy-2022-97/',
  sections: { s2: '第二部分', 's2-1': '第二部分（一）' },
  parts: [],
};
const URL = 'https://example.org/a/documents/jkfy-2022-97/';

it('cites the whole document after GB/T 7714: issuer. title: number[EB/OL]. (date)[access date]. URL', () => {
  assert.equal(
    citeFormats(info, null, '2026-12-06').plain,
    `吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号[EB/OL]. (2022-06-28)[2026-12-06]. ${URL}`,
  );
});

it('leaves out the access date the server cannot know, and the date of an undated document', () => {
  assert.equal(
    citeFormats({ ...info, date: null, docNumber: null }).plain,
    `吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复[EB/OL]. ${URL}`,
  );
});

it('writes 《》 inside the cited title as 〈〉', () => {
  const reply = {
    ...info,
    title: '对刘晓峰委员关于《加快推动大健康产业联盟五大平台建设》提案的答复',
    docNumber: '吉卫复议字〔2020〕49号',
    date: '2020-09-14',
  };
  assert.equal(
    citeFormats(reply, null, '2026-12-06').plain,
    `吉林省科学技术厅. 对刘晓峰委员关于〈加快推动大健康产业联盟五大平台建设〉提案的答复: 吉卫复议字〔2020〕49号[EB/OL]. (2020-09-14)[2026-12-06]. ${URL}`,
  );
});

it('names a paragraph by its section and its number, and links to its anchor', () => {
  assert.equal(
    citeFormats(info, 's2-1-p1', '2026-12-06').plain,
    `吉林省科学技术厅. 对省政协十二届五次会议第224号委员提案的答复: 吉科发医〔2022〕97号: 第二部分（一）第1段[EB/OL]. (2022-06-28)[2026-12-06]. ${URL}#s2-1-p1`,
  );
  assert.equal(anchorName(info, 'p3'), '第3段');
  assert.equal(anchorName(info, 's2'), '第二部分');
});

it("names a section of an attached plan as the attachment's, not the notice's", () => {
  const notice = {
    ...info,
    sections: { s1: '第一部分', s2: '第二部分', s3: '第三部分', 's3-1': '第三部分（一）' },
    parts: [{ title: '吉林省医药健康产业“十三五”发展规划', first: 's1' }],
  };
  assert.equal(anchorName(notice, 's3'), '附件《吉林省医药健康产业“十三五”发展规划》第三部分');
  assert.equal(anchorName(notice, 's3-1-p2'), '附件《吉林省医药健康产业“十三五”发展规划》第三部分（一）第2段');
  assert.equal(anchorName(notice, 'a1-p1'), '附件《吉林省医药健康产业“十三五”发展规划》第1段');
  assert.equal(anchorName(notice, 'p1'), '第1段');
});

it('numbers the attachments when there are several, and keeps sections before the first one in the main text', () => {
  const two = {
    ...info,
    sections: { s1: '第一部分', 'a1-s1': '第一部分', 'a2-s1': '第一部分' },
    parts: [
      { title: '甲方案', first: 'a1-s1' },
      { title: '乙方案', first: 'a2-s1' },
    ],
  };
  assert.equal(anchorName(two, 's1'), '第一部分');
  assert.equal(anchorName(two, 'a2-s1'), '附件2《乙方案》第一部分');
});

it('writes BibTeX with the issuer as a corporate author, the part as a note and the access date', () => {
  assert.equal(
    citeFormats(info, 's2', '2026-12-06').bibtex,
    [
      '@misc{jkfy-2022-97:s2,',
      '  title = {{对省政协十二届五次会议第224号委员提案的答复}},',
      '  author = {{吉林省科学技术厅}},',
      '  number = {吉科发医〔2022〕97号},',
      '  year = {2022},',
      '  date = {2022-06-28},',
      '  note = {第二部分},',
      '  url = {https://example.org/a/documents/jkfy-2022-97/#s2},',
      '  urldate = {2026-12-06},',
      '  language = {zh-CN}',
      '}',
    ].join('\n'),
  );
});

it('escapes BibTeX special characters in a title', () => {
  assert.match(citeFormats({ ...info, title: '50% & {甲}' }).bibtex, /title = \{\{50\\% \\& \\\{甲\\\}\}\}/);
});

it('cites the whole document for an unknown fragment, even one named like an object property', () => {
  assert.equal(citeFormats(info, 'toString').plain, citeFormats(info).plain);
  assert.equal(citeFormats(info, 'main').plain, citeFormats(info).plain);
});

it('a page embeds the citation without what it shows anyway, and cites exactly as the server does', () => {
  const withAttachments: CiteInfo = {
    ...info,
    sections: { s1: '第一部分', s2: '第二部分', 's2-1': '第二部分（一）', 'a2-s1': '第一部分', 'a2-s3': '第三部分' },
    parts: [
      { title: '某《方案》', first: null },
      { title: '实施细则', first: 'a2-s1' },
    ],
  };
  for (const whole of [info, withAttachments]) {
    const data = pageCiteData(whole);
    assert.deepEqual(Object.keys(data), ['issuers', 'docNumber', 'date', 'sections', ...(whole.parts.length ? ['prefix'] : [])]);
    // The menu of the page offers every section by its name, in document order.
    assert.deepEqual(
      Object.keys(data.sections).map((id) => [id, pageSectionNames(data)[id]![1]]),
      Object.entries(whole.sections),
    );
    const page = citeInfoFromPage(data, whole.url, whole.title);
    const anchors = [null, '', 'p1', 'p3', 's2', 's2-1-p4', 'a1', 'a1-p2', 'a2', 'a2-s1', 'a2-s3-p1', 's9', 'toString', 'main'];
    for (const id of anchors) {
      assert.deepEqual(
        citeText(page, id, pageAnchorName(data, id), '2026-12-06'),
        citeFormats(whole, id, '2026-12-06'),
        String(id),
      );
    }
  }
  // Written out by hand for one anchor of an attachment.
  assert.equal(pageAnchorName(pageCiteData(withAttachments), 'a2-s3-p1'), '附件2《实施细则》第三部分第1段');
  // Each name says what it adds to the one before it; the attachment is named once.
  assert.deepEqual(pageCiteData(withAttachments).sections, {
    s1: [0, '第一部分'],
    s2: [1, '二部分'],
    's2-1': [4, '（一）'],
    'a2-s1': [1, '一部分', 2],
    'a2-s3': [1, '三部分', 2],
  });
  assert.deepEqual(pageCiteData(withAttachments).prefix, { a1: ['附件1《某〈方案〉》'], a2: ['附件2《实施细则》'] });
});

it('writes the access date as the reader’s calendar day', () => {
  assert.equal(isoDay(new Date(2026, 11, 6, 23, 59)), '2026-12-06');
  // In time zones east and west of UTC, just after midnight and just before it, and across a DST change.
  const tz = process.env['TZ'];
  try {
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env['TZ'] = zone;
      assert.equal(isoDay(new Date(2026, 11, 6, 0, 1)), '2026-12-06', zone);
      assert.equal(isoDay(new Date(2026, 11, 6, 23, 59)), '2026-12-06', zone);
      assert.equal(isoDay(new Date(2026, 2, 8, 23, 30)), '2026-03-08', zone);
      assert.equal(isoDay(new Date(2026, 10, 1, 0, 30)), '2026-11-01', zone);
    }
  } finally {
    if (tz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = tz;
  }
});
