import assert from 'node:assert/strict';
import { it } from 'node:test';
import { citeFormats, citeInfoFromPage, citeLine, pageCiteData, type CiteInfo } from '../../src/lib/cite-formats.ts';

const info: CiteInfo = {
  slug: 'jkfy-2022-97',
  plain: '吉林省科学技术厅《对省政协十二届五次会议第224号委员提案的答复》（吉科发医〔2022〕97号）',
  title: '对省政协十二届五次会议第224号委员提案的答复',
  issuers: ['吉林省科学技术厅'],
  docNumber: '吉科发医〔2022〕97号',
  date: '2022-06-28',
  url: 'https://example.org/a/documents/jkfy-2022-97/',
  sections: { s2: '第二部分', 's2-1': '第二部分（一）' },
};

it('cites the whole document as the plain citation, then its URL', () => {
  assert.equal(citeFormats(info).plain, `${info.plain}，https://example.org/a/documents/jkfy-2022-97/`);
});

it('names a selected section and links to its anchor', () => {
  assert.equal(
    citeFormats(info, 's2-1').plain,
    `${info.plain}第二部分（一），https://example.org/a/documents/jkfy-2022-97/#s2-1`,
  );
});

it('writes BibTeX with the issuer as a corporate author and the section as a note', () => {
  assert.equal(
    citeFormats(info, 's2').bibtex,
    [
      '@misc{jkfy-2022-97:s2,',
      '  title = {{对省政协十二届五次会议第224号委员提案的答复}},',
      '  author = {{吉林省科学技术厅}},',
      '  number = {吉科发医〔2022〕97号},',
      '  year = {2022},',
      '  date = {2022-06-28},',
      '  note = {第二部分},',
      '  url = {https://example.org/a/documents/jkfy-2022-97/#s2},',
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

it('a page embeds the citation without what it prints anyway, and gets the same CiteInfo back from its canonical URL, h1 and printed citation', () => {
  const data = pageCiteData(info);
  assert.deepEqual(Object.keys(data), ['issuers', 'docNumber', 'date', 'sections']);
  assert.deepEqual(citeInfoFromPage(data, info.url, info.title, citeFormats(info).plain), info);
});

it('the one-line citation of a paragraph names its section, then gives the paragraph URL', () => {
  assert.equal(citeLine(info, 's2-1-p3'), `${info.plain}第二部分（一） https://example.org/a/documents/jkfy-2022-97/#s2-1-p3`);
});

it('the one-line citation of a section names it; a paragraph before any section names none', () => {
  assert.equal(citeLine(info, 's2'), `${info.plain}第二部分 https://example.org/a/documents/jkfy-2022-97/#s2`);
  assert.equal(citeLine(info, 'p1'), `${info.plain} https://example.org/a/documents/jkfy-2022-97/#p1`);
});
