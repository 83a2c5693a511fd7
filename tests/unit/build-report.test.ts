import assert from 'node:assert/strict';
import { it } from 'node:test';
import { buildReport, digestOf, reportSummary } from '../../scripts/report/build-report.ts';
import { seedCorpus } from '../support/corpus.ts';

const report = buildReport(seedCorpus());
const of = (prefix: string) => report.documents.find((d) => d.source.startsWith(prefix))!;

it('lists every junk line removed, with its line and rule', () => {
  assert.deepEqual(of('004').junkRemoved, [
    { line: 2, text: '来源: 发布时间: 浏览次数:', rule: 'page-meta' },
    { line: 3, text: '打印', rule: 'print' },
    { line: 4, text: '【字体:', rule: 'font-size' },
    { line: 78, text: '微信', rule: 'share' },
  ]);
});

it('lists the joins made, the wrapped title of 000 among them', () => {
  assert.deepEqual(of('000').joins, [[20, 22]]);
  assert.deepEqual(of('001').joins, [[10, 12]]);
});

it('says where each field came from', () => {
  assert.equal(of('000').fields['title'], 'header line 12');
  assert.equal(of('001').fields['docNumber'], 'docNumber line 2');
  assert.equal(of('000').fields['cc'], 'cc line 66 (canonical names from the department registry)');
  assert.equal(of('004').fields['dateWritten'], 'not stated');
});

it('lists the bodies named that the registry does not know', () => {
  // Every body the seeds name is in the registry but one coordination group (领导小组).
  assert.deepEqual(
    report.documents.map((d) => [d.source.slice(0, 3), d.unknownDepartments]),
    [
      ['000', []],
      ['001', []],
      ['002', []],
      ['003', ['吉林省医药健康产业发展领导小组']],
      ['004', []],
    ],
  );
});

it('lists unresolved citations, not resolved ones', () => {
  assert.ok(of('001').unresolvedCitations.includes('吉发〔2021〕3号'));
  assert.equal(
    report.totals.unresolvedCitations,
    report.documents.reduce((n, d) => n + d.unresolvedCitations.length, 0),
  );
});

it('prints a short summary', () => {
  assert.equal(
    reportSummary(digestOf(report), 'out/report.json').split('\n')[0],
    `build-content: 5 document(s); 4 junk line(s) removed, ${report.totals.joins} line join(s), 1 unknown department name(s), ${report.totals.unresolvedCitations} unresolved citation(s), 0 warning(s)`,
  );
});
