/**
 * Reads a generated MDX body back into its blocks: headings, paragraphs and lines with their
 * ids and plain text. The inverse of scripts/pipeline/to-mdx.ts, for the document page, the
 * search index and open data.
 *
 * The reference reader is micromark with the MDX extensions (the parser MDX itself uses). It
 * costs ~15 ms for a 10,000-character document, minutes over a large archive, so bodies in the
 * exact shape to-mdx writes are read by a small line reader first; anything it does not
 * recognise with certainty (an unescaped Markdown character, an unknown element, a paragraph
 * over two lines) goes to the reference reader. Tests hold the two to the same output.
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

const OPEN = /^( *)<(Heading|Para|Line|Part)((?: [a-z]+="[^"&]*")*)>$/;
const ATTRIBUTE = / ([a-z]+)="([^"&]*)"/g;
/** Text the line reader can decode: escapes and character references; any other Markdown or MDX syntax character sends the body to the reference reader. */
const INLINE = /\\([!-/:-@[-`{-~])|&#[xX]([0-9a-fA-F]{1,6});|&#(\d{1,7});|([\\&<>{}*_`[\]~])/g;
const LINE_START = /^([#>+=\-*]|\d{1,9}[.)]|\s)/;

/** Decodes one text line as Markdown would, or returns undefined when it is not plain enough. */
function decodeInline(line: string): string | undefined {
  if (line === '' || LINE_START.test(line) || /[ \t]$/.test(line)) return undefined;
  let plain = true;
  const text = line.replace(INLINE, (_m, escaped?: string, hex?: string, dec?: string) => {
    if (escaped !== undefined) return escaped;
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    plain = false;
    return '';
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the replace callback above may set `plain` to false; TypeScript does not see assignments made in callbacks
  return plain ? text : undefined;
}

/** The line reader: the blocks of a body in to-mdx's exact shape, or undefined. */
function readGeneratedBody(body: string): BodyBlock[] | undefined {
  const lines = body.split('\n');
  const collect = blockCollector();
  const parts: { indent: number; part: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const indent = parts.length * 2;
    const close = parts.length ? `${' '.repeat(indent - 2)}</Part>` : undefined;
    if (line === close) {
      parts.pop();
      i++;
      continue;
    }
    const m = OPEN.exec(line);
    if (!m || m[1]!.length !== indent) return undefined;
    const attrs: Attributes = {};
    for (const a of m[3]!.matchAll(ATTRIBUTE)) attrs[a[1]!] = a[2]!;
    if (m[2] === 'Part') {
      if (parts.length) return undefined;
      const part = Number(/^a(\d+)$/.exec(attrs['id'] ?? '')?.[1] ?? NaN);
      if (!Number.isInteger(part)) return undefined;
      parts.push({ indent, part });
      collect.startPart();
      i++;
      continue;
    }
    const pad = ' '.repeat(indent + 2);
    const textLine = lines[i + 1];
    if (textLine === undefined || !textLine.startsWith(pad) || lines[i + 2] !== `${' '.repeat(indent)}</${m[2]}>`)
      return undefined;
    const text = decodeInline(textLine.slice(pad.length));
    if (text === undefined) return undefined;
    collect.add(m[2]!, attrs, parts.at(-1)?.part ?? 0, text);
    i += 3;
  }
  return parts.length ? undefined : collect.out;
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

/** The blocks of an MDX body, in document order. */
export function documentBlocks(body: string): BodyBlock[] {
  return readGeneratedBody(body) ?? readBodyWithMdx(body);
}

/** Whether the fast line reader accepts this body (for tests and benchmarks). */
export function readsWithoutMdx(body: string): boolean {
  return readGeneratedBody(body) !== undefined;
}
