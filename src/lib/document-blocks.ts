/**
 * Reads a generated MDX body back into its blocks: headings, paragraphs and lines with their
 * ids and plain text. The inverse of scripts/pipeline/to-mdx.ts, for consumers that need the
 * text by section (search records, open data) without re-running the normaliser.
 */
import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';

export interface BodyBlock {
  kind: 'heading' | 'para' | 'line';
  /** Anchor id; lines have none. */
  id: string | null;
  /** Section the block is in ('' before the first section). */
  section: string;
  /** Heading depth (1 for 一、), 0 for other blocks. */
  level: number;
  /** For lines: banner, addressee, signature, date, contact, cc, attachmentTitle. */
  lineKind: string | null;
  /** For headings: the numbering label as printed (一、) and whether it runs in to a paragraph. */
  label: string | null;
  runIn: boolean;
  /** 0 for the main text, k for attachment k. */
  part: number;
  text: string;
}

const attr = (el: MdxJsxFlowElement, name: string): string | null => {
  const a = el.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : null;
};

/** The blocks of an MDX body, in document order. */
export function documentBlocks(body: string): BodyBlock[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const out: BodyBlock[] = [];
  let section = '';
  const visit = (nodes: RootContent[], part: number) => {
    for (const node of nodes) {
      if (node.type !== 'mdxJsxFlowElement') continue;
      const text = toString(node);
      if (node.name === 'Part') {
        section = '';
        visit(node.children as RootContent[], Number((attr(node, 'id') ?? 'a0').slice(1)));
      } else if (node.name === 'Heading') {
        section = attr(node, 'id') ?? section;
        out.push({ kind: 'heading', id: section, section, level: Number(attr(node, 'level') ?? 1), lineKind: null, label: attr(node, 'label'), runIn: attr(node, 'runin') === 'true', part, text });
      } else if (node.name === 'Para') {
        const id = attr(node, 'id');
        out.push({ kind: 'para', id, section, level: 0, lineKind: null, label: null, runIn: false, part, text });
      } else if (node.name === 'Line') {
        out.push({ kind: 'line', id: null, section, level: 0, lineKind: attr(node, 'kind'), label: null, runIn: false, part, text });
      }
    }
  };
  visit(tree.children, 0);
  return out;
}
