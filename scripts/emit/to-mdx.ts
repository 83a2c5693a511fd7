import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Paragraph, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { Unsafe } from 'mdast-util-to-markdown';
import type { DocumentData } from '../../src/schema/document.ts';
import { dumpYaml } from './dump-yaml.ts';
import { makeMdxSerialiser } from './serialise-mdx.ts';
import type { Block } from '../ingest/types.ts';

/**
 * The components a generated MDX body uses; pages pass them to `<Content components>`.
 * Attribute values are ours (ids, levels, kinds); source text only ever goes into text nodes.
 */
export const mdxComponents = ['Heading', 'Para', 'Line', 'Part'] as const;

/**
 * MDX reads a line that starts with `import ` or `export ` as JavaScript, and the MDX
 * extension does not guard against it, nor against `<` outside phrasing: escape them.
 */
const extraUnsafe: Unsafe[] = [
  { character: '<', inConstruct: 'phrasing' },
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
];

/** Built once: the serializer caches each unsafe pattern's compiled form on the pattern object. */
export const mdxExtensions = [mdxToMarkdown(), gfmToMarkdown(), { unsafe: extraUnsafe }];

/** `toMarkdown(tree, { extensions: mdxExtensions })`, with a fast path for our tree's shape. */
const { serialise } = makeMdxSerialiser(mdxExtensions);

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

function element(
  name: string,
  attrs: Record<string, string | undefined>,
  children: MdxJsxFlowElement['children'],
): MdxJsxFlowElement {
  const attributes = Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => attr(k, v));
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

const textPara = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

/** One block as an MDX element. */
function blockNode(b: Block): MdxJsxFlowElement {
  switch (b.role) {
    case 'heading':
      return element('Heading', { id: b.id, level: String(b.level), label: b.label, runin: b.runIn ? 'true' : undefined }, [
        textPara(b.text),
      ]);
    case 'para':
      return element('Para', { id: b.id }, [textPara(b.text)]);
    default:
      return element('Line', { kind: b.role }, [textPara(b.text)]);
  }
}

/** Blocks that go to the body: the head's title and number live in the frontmatter (and the page head). */
const inBody = (b: Block) => b.role !== 'title' && b.role !== 'docNumber';

/** The MDX body as an mdast tree: our elements holding text nodes, attachments in a Part. */
export function toMdxTree(blocks: readonly Block[]): Root {
  const children: RootContent[] = [];
  let part: MdxJsxFlowElement | undefined;
  for (const b of blocks.filter(inBody)) {
    if (b.part > 0 && b.role === 'attachmentTitle') {
      part = element('Part', { id: `a${b.part}`, kind: 'attachment' }, []);
      children.push(part);
    }
    (b.part > 0 && part ? part.children : children).push(blockNode(b));
  }
  return { type: 'root', children };
}

/** The MDX body: the mdast tree serialised by mdast-util-to-markdown (or its fast path). */
export function toMdxBody(blocks: readonly Block[]): string {
  return serialise(toMdxTree(blocks));
}

/**
 * The frontmatter block, keys in schema order, written as js-yaml writes it (the library
 * Astro reads it with): every string double-quoted, so 2020-09-14 stays a string.
 */
export function toFrontmatter(data: DocumentData): string {
  return `---\n${dumpYaml(data)}---\n`;
}

/** Serialises frontmatter (YAML) and body (an mdast tree of MDX elements) into one MDX file. */
export function toMdx(data: DocumentData, blocks: readonly Block[]): string {
  return `${toFrontmatter(data)}\n${toMdxBody(blocks)}`;
}
