import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { BodyBlock } from '../../src/lib/document-blocks.ts';
import { bodySummary, documentSummary, PREVIEW_LENGTH } from '../../src/lib/document-summary.ts';

const block = (kind: BodyBlock['kind'], text: string, part = 0): BodyBlock => ({ kind, id: null, section: '', level: 0, lineKind: null, label: null, runIn: false, part, text });

it('joins the opening paragraphs of the main text, leaving out headings, lines and attachments', () => {
  const blocks = [block('line', '张锋委员：'), block('para', '您的提案收悉。'), block('heading', '一、甲'), block('para', '乙。'), block('para', '附件文字', 1)];
  assert.equal(documentSummary(blocks), '您的提案收悉。乙。');
});

it('keeps one space between Latin words and drops the spaces around Chinese text', () => {
  assert.equal(documentSummary([block('para', "import  x from 'y' 与 《 办法 》")]), "import x from 'y'与《办法》");
});

it('cuts a long opening at the given length with an ellipsis', () => {
  assert.equal(documentSummary([block('para', '一二三四五六')], 4), '一二三…');
});

it('a page description is cut at 80 characters, a feed summary at 120, from the same opening', () => {
  const body = `<Para id="p1">\n  ${'甲'.repeat(200)}\n</Para>\n`;
  assert.equal(bodySummary(body, PREVIEW_LENGTH), `${'甲'.repeat(79)}…`);
  assert.equal(bodySummary(body), `${'甲'.repeat(119)}…`);
});
