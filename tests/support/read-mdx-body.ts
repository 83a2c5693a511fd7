/**
 * The reference reader of a generated MDX body: micromark with the MDX extensions (the parser
 * MDX itself uses), back into the blocks of the body. Only the round-trip test of the serialiser
 * reads MDX back (tests/unit/body-blocks.test.ts); the site reads records.
 */
import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { BodyBlock } from '../../src/schema/body-block.ts';

type Attributes = Record<string, string>;

/** Collects blocks from elements met in document order, tracking the current section. */
function blockCollector() {
  const out: BodyBlock[] = [];
  let section = '';
  return {
    out,
    startPart() {
      section = '';
    },
    add(name: string, attrs: Attributes, part: number, text: string) {
      const base = { level: 0, lineKind: null, label: null, runIn: false, part, text };
      if (name === 'Heading') {
        section = attrs['id'] ?? section;
        out.push({
          ...base,
          kind: 'heading',
          id: section,
          section,
          level: Number(attrs['level'] ?? 1),
          label: attrs['label'] ?? null,
          runIn: attrs['runin'] === 'true',
        });
      } else if (name === 'Para') {
        out.push({ ...base, kind: 'para', id: attrs['id'] ?? null, section });
      } else if (name === 'Line') {
        out.push({ ...base, kind: 'line', id: null, section, lineKind: attrs['kind'] ?? null });
      }
    },
  };
}

const attr = (el: MdxJsxFlowElement, name: string): string | null => {
  const a = el.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : null;
};

/** The reference reader: micromark with the MDX extensions. */
export function readBodyWithMdx(body: string): BodyBlock[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const collect = blockCollector();
  const visit = (nodes: RootContent[], part: number) => {
    for (const node of nodes) {
      if (node.type !== 'mdxJsxFlowElement' || !node.name) continue;
      if (node.name === 'Part') {
        collect.startPart();
        visit(node.children, Number((attr(node, 'id') ?? 'a0').slice(1)));
        continue;
      }
      const attrs: Attributes = {};
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attrs[a.name] = a.value;
      collect.add(node.name, attrs, part, toString(node));
    }
  };
  visit(tree.children, 0);
  return collect.out;
}
