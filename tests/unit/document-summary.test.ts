import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { BodyBlock } from '../../src/schema/body-block.ts';
import { documentSummary, PREVIEW_LENGTH, shortenSummary } from '../../src/views/document-summary.ts';

const block = (kind: BodyBlock['kind'], text: string, part = 0): BodyBlock => ({
  kind,
  id: null,
  section: '',
  level: 0,
  lineKind: null,
  label: null,
  runIn: false,
  part,
  text,
});

it('joins the opening paragraphs of the main text, leaving out headings, lines and attachments', () => {
  const blocks = [
    block('line', '张锋委员：'),
    block('para', '您的提案收悉。'),
    block('heading', '一、甲'),
    block('para', '乙。'),
    block('para', '附件文字', 1),
  ];
  assert.equal(documentSummary(blocks), '您的提案收悉。乙。');
});

it('keeps one space between Latin words and drops the spaces around Chinese text', () => {
  assert.equal(documentSummary([block('para', "import  x from 'y' 与 《 办法 》")]), "import x from 'y'与《办法》");
});

it('cuts a long opening at the given length with an ellipsis', () => {
  assert.equal(documentSummary([block('para', '一二三四五六')], 4), '一二三…');
});

it('a page description is the feed summary cut at 80 characters, exactly as summarising to 80', () => {
  for (const n of [10, 79, 80, 81, 100, 119, 120, 121, 200]) {
    const blocks = [block('para', '甲'.repeat(n))];
    assert.equal(
      shortenSummary(documentSummary(blocks), PREVIEW_LENGTH),
      documentSummary(blocks, PREVIEW_LENGTH),
      `${n} characters`,
    );
  }
  assert.equal(shortenSummary(documentSummary([block('para', '甲'.repeat(200))]), PREVIEW_LENGTH), `${'甲'.repeat(79)}…`);
});
