/**
 * The fast MDX serialiser against mdast-util-to-markdown: for hostile text and for random
 * strings, our trees come out byte for byte as toMarkdown writes them, so MDX (micromark with
 * the MDX and GFM extensions) reads back the same tree.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { makeMdxSerialiser } from '../../scripts/emit/serialise-mdx.ts';
import { mdxExtensions, toMdxTree } from '../../scripts/emit/to-mdx.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { seededRandom } from '../../scripts/bench/seeded-random.ts';
import { hostileStrings } from '../support/hostile-strings.ts';

const { serialise, fast } = makeMdxSerialiser(mdxExtensions);
const library = (tree: Root) => toMarkdown(tree, { extensions: mdxExtensions });

/** The tree MDX reads from a body, without positions. */
function parsed(mdx: string): unknown {
  const strip = (node: Nodes): unknown => {
    const { position: _p, ...rest } = node;
    return 'children' in node ? { ...rest, children: node.children.map(strip) } : rest;
  };
  return strip(fromMarkdown(mdx, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }));
}

/** Blocks of every role to-mdx writes, in the main text and in an attachment, all holding `text`. */
function blocksHolding(text: string): Block[] {
  return [
    { role: 'addressee', text, lines: [1], part: 0 },
    { role: 'heading', text, lines: [2], part: 0, id: 's1', level: 1, label: '一、', section: 's1' },
    { role: 'para', text, lines: [3], part: 0, id: 's1-p1', section: 's1' },
    { role: 'heading', text, lines: [4], part: 0, id: 's1-1', level: 2, label: '（一）', section: 's1-1', runIn: true },
    { role: 'attachmentTitle', text, lines: [5], part: 1 },
    { role: 'para', text, lines: [6], part: 1, id: 'a1-p1', section: '' },
  ];
}

const hostile = hostileStrings;

describe('hostile text is serialised exactly as mdast-util-to-markdown does', () => {
  for (const text of hostile) {
    it(JSON.stringify(text), () => {
      const tree = toMdxTree(blocksHolding(text));
      const ours = serialise(tree);
      assert.equal(ours, library(tree));
      assert.deepEqual(parsed(ours), parsed(library(tree)));
    });
  }
});

const ascii = Array.from({ length: 95 }, (_x, i) => String.fromCharCode(32 + i));
const pieces = [
  ...ascii,
  '\t',
  '\u3000',
  '\u00a0',
  '中',
  '文',
  '，',
  '。',
  '、',
  '《',
  '》',
  '（',
  '）',
  '“',
  '”',
  '𠀀',
  '😀',
  'import ',
  'export ',
  'www.',
  'http://',
  '<!--',
  '&lt;',
  '&#x61;',
  '${',
  '```',
  '~~',
  ':-',
  '1. ',
  '2) ',
  '\n',
  '\r',
];
const plain = ['政', '策', '文', '库', '吉', '林', '省', '，', '。', '1', '2', 'a', 'Z'];

/** A random string: mostly plain text, with a fair share of anything that could be markup. */
function randomText(next: () => number): string {
  const length = 1 + Math.floor(next() * 24);
  let s = '';
  for (let i = 0; i < length; i++) {
    const from = next() < 0.7 ? plain : pieces;
    s += from[Math.floor(next() * from.length)]!;
  }
  return s;
}

it('random strings in random documents come out byte for byte as toMarkdown writes them', () => {
  const next = seededRandom(20261124);
  const roles = ['para', 'heading', 'addressee', 'signature', 'date', 'cc'] as const;
  let fastPath = 0;
  const trees = 3000;
  for (let n = 0; n < trees; n++) {
    const blocks: Block[] = [];
    let part = 0;
    for (let k = 0, count = 1 + Math.floor(next() * 5); k < count; k++) {
      if (next() < 0.15) blocks.push({ role: 'attachmentTitle', text: randomText(next), lines: [k], part: ++part });
      const role = roles[Math.floor(next() * roles.length)]!;
      const id = next() < 0.1 ? randomText(next) : `s${k + 1}`;
      blocks.push({
        role,
        text: randomText(next),
        lines: [k],
        part,
        id,
        level: 1,
        label: next() < 0.1 ? randomText(next) : '一、',
        runIn: next() < 0.5,
      });
    }
    const tree = toMdxTree(blocks);
    const expected = library(tree);
    assert.equal(serialise(tree), expected, JSON.stringify(blocks));
    const quick = fast(tree);
    if (quick !== undefined) {
      assert.equal(quick, expected, JSON.stringify(blocks));
      fastPath++;
    }
  }
  // The comparison means something only when the fast path itself ran often.
  assert.ok(fastPath > trees / 10, `fast path taken for ${fastPath} of ${trees} documents`);
});

it('a document of plain Chinese text takes the fast path', () => {
  const tree = toMdxTree(
    blocksHolding('吉林省卫生健康委员会关于省政协十二届五次会议第0137号委员提案的答复（2020年）：1.5亿元，www不是网址。'),
  );
  assert.equal(fast(tree), library(tree));
});
