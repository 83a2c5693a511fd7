/**
 * The general rules of official documents (GB/T 9704 elements, the 条例's kinds, numbering
 * levels, portal chrome), each on a small constructed text with its expected fields written
 * by hand.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { BuildError } from '../../src/schema/build-error.ts';
import { cleanTitle } from '../../scripts/ingest/clean-title.ts';
import { normaliseDocument } from '../../scripts/ingest/normalise-document.ts';
import { context } from '../support/corpus.ts';

const read = (text: string, strict = false) => normaliseDocument('t.txt', text, { ...context, strict });

it('a header block after page chrome, with spaced labels and two keys a line, is read and the chrome reported', () => {
  const doc = read(
    [
      '首页 > 政务公开 > 文件',
      '索 引 号：\t000014349/2018-00224\t主题分类：\t城乡建设、环保\\城市规划',
      '发文机关：\t国务院\t成文日期：\t2018年12月25日',
      '标　　题：\t国务院关于河北雄安新区总体规划（2018—2035年）的批复',
      '发文字号：\t国函〔2018〕159号\t发布日期：\t2019年01月02日',
      '主 题 词：',
      '',
      '河北省人民政府、国家发展改革委：',
      '你们《关于报请审批〈河北雄安新区总体规划〉的请示》收悉。现批复如下：',
      '一、原则同意《河北雄安新区总体规划（2018—2035年）》。',
      '国务院',
      '2018年12月25日',
    ].join('\n'),
  );
  assert.equal(doc.data.title, '国务院关于河北雄安新区总体规划（2018—2035年）的批复');
  assert.equal(doc.data.docNumber, '国函〔2018〕159号');
  assert.equal(doc.data.indexNumber, '000014349/2018-00224');
  assert.equal(doc.data.subjectCategory, '城乡建设、环保\\城市规划');
  assert.equal(doc.data.dateWritten, '2018-12-25');
  assert.equal(doc.data.datePublished, '2019-01-02');
  assert.equal(doc.data.addressee, '河北省人民政府、国家发展改革委');
  assert.equal(doc.data.docType, 'approval');
  assert.equal(doc.data.region, '国家');
  assert.deepEqual(
    doc.removed.map((r) => [r.line, r.rule]),
    [[1, 'breadcrumb']],
  );
});

it('single-line front matter gives the title; a 发文字号 in brackets of any style is read', () => {
  const doc = read(
    '标题：某市财政局关于做好预算公开工作的通知\n\n某财发[2023]5号\n\n各区财政局：\n现将有关事项通知如下。\n某市财政局\n二〇二三年五月二十六日\n',
  );
  assert.equal(doc.data.title, '某市财政局关于做好预算公开工作的通知');
  assert.equal(doc.data.docNumber, '某财发[2023]5号');
  assert.equal(doc.data.dateWritten, '2023-05-26');
  assert.equal(doc.data.addressee, '各区财政局');
});

it('portal wrappers come off a title and leave what they carried', () => {
  assert.deepEqual(cleanTitle('【关于印发某方案的通知(发改办能源规〔2020〕245号)】-国家发展和改革委员会'), {
    title: '关于印发某方案的通知',
    docNumber: '发改办能源规〔2020〕245号',
  });
  assert.deepEqual(cleanTitle('关于做好某工作的通知_委局文件_政务公开'), { title: '关于做好某工作的通知' });
  assert.deepEqual(cleanTitle('2018.11.02国家卫生计生委办公厅关于某事的通知'), {
    title: '国家卫生计生委办公厅关于某事的通知',
    date: '2018-11-02',
  });
  assert.deepEqual(cleanTitle('1. 辽宁省人民政府关于某事的通知（2023 年1 月20 日）'), {
    title: '辽宁省人民政府关于某事的通知',
    date: '2023-01-20',
  });
});

it('joint issuers are read from the title, stacked in the signature, the region from a city', () => {
  const doc = read(
    '广州市甲区发展和改革局 广州市甲区商务局关于印发某措施的通知\n\n各有关单位：\n现印发给你们。\n广州市甲区发展和改革局\n广州市甲区商务局\n2025年4月24日\n',
  );
  assert.equal(doc.data.issuer, '广州市甲区发展和改革局');
  assert.deepEqual(doc.data.coIssuers, ['广州市甲区商务局']);
  assert.equal(doc.data.region, '广东省');
  assert.equal(doc.data.dateWritten, '2025-04-24');
  assert.deepEqual(
    doc.blocks.filter((b) => b.role === 'signature').map((b) => b.text),
    ['广州市甲区发展和改革局', '广州市甲区商务局'],
  );
});

it('a reply to an NPC deputy is a suggestion, with its session, number and proposer', () => {
  const doc = read(
    '国务院办公厅对十届全国人大四次会议第7264号建议的答复\n\n邓明义代表：\n你提出的关于某事的建议收悉，现答复如下：\n国务院办公厅\n二〇〇六年九月七日\n',
  );
  assert.equal(doc.data.docType, 'reply');
  assert.deepEqual(doc.data.proposal, {
    kind: 'suggestion',
    proposer: '邓明义',
    session: '十届全国人大四次会议',
    number: 7264,
    occasion: null,
    title: null,
  });
});

it('chapters and their sections are sections; articles are anchored paragraphs; dot leaders never make a heading', () => {
  const doc = read(
    [
      '某市某某管理办法',
      '一、总则........................1',
      '第一章　总则',
      '第一条　为了加强管理，制定本办法。',
      '第二条　本办法适用于本市。',
      '本办法所称某某，是指某某。',
      '第二章　管理',
      '第一节　一般规定',
      '第三条　有下列情形之一的，不予登记：',
      '（一）材料不全的；',
      '（二）弄虚作假的。',
    ].join('\n'),
  );
  assert.deepEqual(
    doc.data.sections.map((s) => [s.id, s.heading, s.children.map((c) => c.id)]),
    [
      ['c1', '第一章　总则', []],
      ['c2', '第二章　管理', ['c2-s1']],
    ],
  );
  assert.deepEqual(
    doc.blocks.filter((b) => b.id?.startsWith('t')).map((b) => b.id),
    ['t1', 't2', 't2-p1', 't3', 't3-p1', 't3-p2'],
  );
  assert.equal(doc.blocks.find((b) => b.text.startsWith('一、总则'))?.role, 'para');
});

it('the docType follows the title’s 文种, an order its banner', () => {
  const kinds = (title: string) => read(`${title}\n正文一句。\n`).data.docType;
  assert.equal(kinds('国务院办公厅关于科技节水建议的复函'), 'letter');
  assert.equal(kinds('某省人民政府关于某事的决定'), 'decision');
  assert.equal(kinds('某局关于某项目评定结果的公告'), 'announcement');
  assert.equal(kinds('某局关于某事的通告'), 'public-notice');
  assert.equal(kinds('某行负责人就《某意见》答记者问'), 'interpretation');
  assert.equal(read('中华人民共和国国务院令\n第707号\n现公布某条例。\n').data.docType, 'order');
});

it('a document without a title is published under its first line and marked for attention; --strict refuses it', () => {
  const text = '为做好某项工作，现将有关事项说明如下。\n某某局\n2023年5月6日\n';
  const doc = read(text);
  assert.equal(doc.data.title, '为做好某项工作');
  assert.deepEqual(
    doc.attention.map((a) => [a.field, a.line, a.hint]),
    [['title', 1, 'set title in content/corrections/t.yaml']],
  );
  assert.throws(
    () => read(text, true),
    (e: unknown) =>
      e instanceof AggregateError &&
      e.errors.length === 1 &&
      e.errors[0] instanceof BuildError &&
      e.errors[0].format().startsWith('t.txt:1:1  no title found') &&
      e.errors[0].rule === 'needs-attention',
  );
});

it('portal keys spelled with a prefix or a variant ending are read; the portal’s other keys make the block', () => {
  const doc = read(
    '政策文号：某区规〔2025〕12 号\n实施日期：2025-09-25\n牵头单位：文化广电旅游局\n网址：https://example.org/p?1\n某区规〔2025〕12 号\n广州市某区促进某产业发展的若干措施\n为促进发展，制定本措施。\n一、加强要素保障\n第一条　加强用地保障。\n第二条　支持项目建设。\n二、附则\n第三条　本措施自印发之日起施行。\n',
  );
  assert.equal(doc.data.docNumber, '某区规〔2025〕12号');
  assert.equal(doc.data.title, '广州市某区促进某产业发展的若干措施');
  assert.equal(doc.data.docType, 'measures');
  assert.equal(doc.data.region, '广东省');
  assert.deepEqual(
    doc.data.sections.map((s) => s.id),
    ['s1', 's2'],
  );
  assert.deepEqual(
    doc.blocks.filter((b) => b.id?.startsWith('t')).map((b) => [b.id, b.section]),
    [
      ['t1', 's1'],
      ['t2', 's1'],
      ['t3', 's2'],
    ],
  );
});

it('a title that reads as ended goes on when the next line continues it; an addressee over many short lines is one', () => {
  const doc = read(
    [
      '3. 某市人民政府办公室关于印发某某提升举措',
      '（2023 版）的通知（2023 年4 月27 日）',
      '某府办〔2023〕17 号',
      '各县、',
      '市、',
      '区人民政府，',
      '市政府各部门：',
      '现印发给你们，请认真组织实施。',
    ].join('\n'),
  );
  assert.equal(doc.data.title, '某市人民政府办公室关于印发某某提升举措（2023 版）的通知');
  assert.equal(doc.data.dateWritten, '2023-04-27');
  assert.equal(doc.data.docNumber, '某府办〔2023〕17号');
  assert.equal(doc.data.addressee, '各县、市、区人民政府，市政府各部门');
});

it('a page title standing above the metadata table is the title, not chrome', () => {
  const doc = read(
    '某市财政局关于做好预算公开工作的通知\n索引号：001/2023-1\n发文机关：某市财政局\n成文日期：2023年5月6日\n\n某财发〔2023〕5号\n\n各区财政局：\n现将有关事项通知如下。\n某市财政局\n2023年5月6日\n',
  );
  assert.equal(doc.data.title, '某市财政局关于做好预算公开工作的通知');
  assert.equal(doc.data.docNumber, '某财发〔2023〕5号');
  assert.equal(doc.data.addressee, '各区财政局');
  assert.deepEqual(doc.removed, []);
  assert.deepEqual(doc.attention, []);
});
