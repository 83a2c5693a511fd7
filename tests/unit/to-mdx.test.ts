/**
 * Hostile text through to-mdx and back: parsed with the extensions Astro's MDX uses (MDX and
 * GFM), the body holds only our elements and text, never ESM, expressions, JSX, HTML or
 * Markdown constructs, and every text comes back exactly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse } from 'yaml';
import { mdxComponents, toMdx } from '../../scripts/emit/to-mdx.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { minimalData } from '../support/minimal-document.ts';

export const hostile = [
  '{1+1}',
  '<script>alert(1)</script>',
  "import x from 'y'",
  'export const a = 1',
  'export default function A() {}',
  '`code` and ``` fences',
  '<!-- comment',
  '&lt;b&gt; and &amp;',
  '[x](javascript:alert(1))',
  '${x}',
  '* not a list',
  '_not emphasis_ and *not* **strong**',
  '# not a heading',
  '> not a quote',
  '~~not struck~~',
  '| a | b |',
  '1. not an ordered list',
  '<附件1>',
  '{年度}',
  'import 措施如下',
  '---',
  '\\ backslash \\{',
  '<Para id="x">injected</Para>',
];

/** Node types that may appear: our elements, their paragraphs and text. */
const allowed = new Set(['root', 'mdxJsxFlowElement', 'paragraph', 'text']);

function nodeTypes(node: Nodes, out: string[] = []): string[] {
  out.push(node.type === 'mdxJsxFlowElement' ? `${node.type}:${node.name ?? ''}` : node.type);
  if ('children' in node) for (const c of node.children) nodeTypes(c, out);
  return out;
}

const data = minimalData;
const parseBody = (mdx: string) => {
  const body = mdx.slice(mdx.indexOf('---\n', 4) + 4);
  return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
};

describe('hostile text round-trips as text', () => {
  for (const text of hostile) {
    it(JSON.stringify(text), () => {
      const blocks: Block[] = [
        { role: 'heading', text: `一、${text}`, lines: [1], part: 0, id: 's1', level: 1, label: '一、', section: 's1' },
        { role: 'para', text, lines: [2], part: 0, id: 's1-p1', section: 's1' },
        { role: 'cc', text, lines: [3], part: 0 },
      ];
      const tree = parseBody(toMdx({ ...data, title: text }, blocks));
      const types = nodeTypes(tree);
      assert.deepEqual(
        types.filter(
          (t) =>
            !allowed.has(t.split(':')[0]!) ||
            (t.includes(':') && !(mdxComponents as readonly string[]).includes(t.split(':')[1]!)),
        ),
        [],
      );
      const elements = tree.children as MdxJsxFlowElement[];
      assert.deepEqual(
        elements.map((e) => [e.name, toString(e)]),
        [
          ['Heading', `一、${text}`],
          ['Para', text],
          ['Line', text],
        ],
      );
    });
  }
  it('the frontmatter keeps hostile values as strings', () => {
    const mdx = toMdx({ ...data, title: hostile.join('\n') }, []);
    const yaml = parse(mdx.slice(4, mdx.indexOf('\n---\n', 4))) as { title: string };
    assert.equal(yaml.title, hostile.join('\n'));
  });
});
