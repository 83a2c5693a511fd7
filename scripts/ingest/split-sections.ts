import { ARTICLE, NUMBERING, SUBCHAPTER, TOC_LINE, numeralValue, type NumberingKind } from './patterns.ts';
import type { SectionNode } from '../../src/schema/document.ts';
import type { Block } from './types.ts';

interface Open {
  kind: NumberingKind;
  value: number;
  node: SectionNode;
}

/**
 * Finds the numbered sections among the paragraphs and gives every section and paragraph a
 * stable id from the numbering path: 一、→ s1, （二） under it → s1-2, 1、 under that → s1-2-1,
 * an item 一是 → the next level down. Paragraphs are numbered within their section:
 * s1-2-p1, s1-2-p2; text before the first section gets p1, p2. Attachments' ids carry the
 * prefix a1-, a2- when the main text has numbered sections of its own.
 *
 * Rules (办法, 条例) are numbered by article: where a part has articles (第一条, 第二条 …), its
 * chapters (第一章 → c1) and their sections (第二节 → c1-s2) are the sections, each article is a
 * paragraph with its own anchor (第十二条 → t12; its further paragraphs t12-p1 …), and the
 * items inside articles ((一), 1.) stay paragraphs of their article.
 * A line of a printed table of contents (dot leaders, a page number) is never a heading.
 *
 * A label counts only when it continues the numbering (一 after nothing, 二 after 一, …), so a
 * paragraph that happens to start with 2、 or 三是 in running text stays a paragraph. A
 * numbered paragraph whose first sentence is followed by more text is a run-in heading: the
 * label and first sentence are the heading, the rest a paragraph of that section.
 */
export function splitSections(blocks: readonly Block[]): { blocks: Block[]; sections: SectionNode[] } {
  const mainHasSections = blocks.some((b) => b.part === 0 && b.role === 'para' && labelOf(b.text));
  const articleParts = new Set<number>();
  const articleCount = new Map<number, number>();
  for (const b of blocks) {
    if (b.role === 'para' && ARTICLE.test(b.text)) articleCount.set(b.part, (articleCount.get(b.part) ?? 0) + 1);
  }
  for (const [part, n] of articleCount) if (n >= 2) articleParts.add(part);
  let article = '';
  const articleParas = new Map<string, number>();
  const out: Block[] = [];
  const roots: SectionNode[] = [];
  let stack: Open[] = [];
  let currentPart = 0;
  const paraCount = new Map<string, number>();
  const prefix = (part: number) => (part > 0 && mainHasSections ? `a${part}-` : '');

  const addPara = (b: Block, text: string) => {
    const section = stack.at(-1)?.node.id ?? '';
    if (article) {
      const k = (articleParas.get(article) ?? 0) + 1;
      articleParas.set(article, k);
      out.push({ ...b, text, id: `${article}-p${k}`, section });
      return;
    }
    const n = (paraCount.get(`${b.part}/${section}`) ?? 0) + 1;
    paraCount.set(`${b.part}/${section}`, n);
    const id = section ? `${section}-p${n}` : `${prefix(b.part) || (b.part > 0 ? `a${b.part}-` : '')}p${n}`;
    out.push({ ...b, text, id, section });
  };

  for (const b of blocks) {
    if (b.part !== currentPart) {
      currentPart = b.part;
      stack = [];
      article = '';
    }
    if (b.role !== 'para') {
      // Closing lines (署名, 成文日期, 附注, 联系人, 抄送) and attachment titles belong to no section.
      const closing = b.role !== 'heading' && b.role !== 'attachmentTitle';
      out.push({ ...b, section: closing ? '' : (stack.at(-1)?.node.id ?? '') });
      if (closing) {
        stack = [];
        article = '';
      }
      continue;
    }
    if (articleParts.has(b.part)) {
      const articleMatch = ARTICLE.exec(b.text);
      if (articleMatch) {
        article = `${prefix(b.part) || (b.part > 0 ? `a${b.part}-` : '')}t${numeralValue(articleMatch[1]!)}`;
        out.push({ ...b, id: article, label: articleMatch[0], section: stack.at(-1)?.node.id ?? '' });
        continue;
      }
      const sub = SUBCHAPTER.exec(b.text);
      const chapter = stack[0];
      if (sub && chapter && b.text.length <= 60) {
        stack = [chapter];
        article = '';
        const id = `${chapter.node.id}-s${numeralValue(sub[1]!)}`;
        const node: SectionNode = { id, level: 2, label: sub[0], heading: b.text, children: [] };
        chapter.node.children.push(node);
        stack.push({ kind: 'cn', value: numeralValue(sub[1]!), node });
        out.push({ ...b, role: 'heading', id, label: sub[0], level: 2, section: id });
        continue;
      }
      const l = labelOf(b.text);
      // Chapters, and 一、 groupings printed as heading lines over the articles, are sections.
      const grouping = l?.kind === 'cn' && !/[。；]/.test(b.text) && b.text.length <= 40;
      if (!l || !(l.kind === 'chapter' || grouping) || TOC_LINE.test(b.text)) {
        addPara(b, b.text);
        continue;
      }
      article = '';
    }
    const label = TOC_LINE.test(b.text) ? undefined : labelOf(b.text);
    const place = label ? placeOf(stack, label.kind, label.value) : undefined;
    if (!label || place === undefined) {
      addPara(b, b.text);
      continue;
    }
    stack = stack.slice(0, place);
    const parent = stack.at(-1);
    const letter = label.kind === 'chapter' ? 'c' : 's';
    const id = parent ? `${parent.node.id}-${label.value}` : `${prefix(b.part)}${letter}${label.value}`;
    const { heading, rest } = splitRunIn(b.text, label.label);
    const node: SectionNode = { id, level: stack.length + 1, label: label.label, heading, children: [] };
    (parent ? parent.node.children : roots).push(node);
    stack.push({ kind: label.kind, value: label.value, node });
    out.push({
      ...b,
      role: 'heading',
      text: heading,
      id,
      label: label.label,
      level: node.level,
      section: id,
      runIn: rest !== '',
    });
    if (rest !== '') addPara(b, rest);
  }
  return { blocks: out, sections: roots };
}

function labelOf(text: string): { kind: NumberingKind; value: number; label: string } | undefined {
  for (const { kind, pattern } of NUMBERING) {
    const m = pattern.exec(text);
    if (m && text.length > m[0].length) {
      const value = numeralValue(m[1]!);
      if (Number.isFinite(value) && value > 0) return { kind, value, label: m[0] };
    }
  }
  return undefined;
}

/** Where a label fits in the open numbering: the stack depth to cut back to, or undefined. */
function placeOf(stack: readonly Open[], kind: NumberingKind, value: number): number | undefined {
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    if (stack[depth]!.kind === kind) return stack[depth]!.value + 1 === value ? depth : undefined;
  }
  return value === 1 ? stack.length : undefined;
}

/** 一是健全实验平台体系。推进… → heading 一是健全实验平台体系。 and the rest. */
function splitRunIn(text: string, label: string): { heading: string; rest: string } {
  const body = text.slice(label.length);
  const m = /[。！？!?]/.exec(body);
  if (!m || m.index === body.length - 1) return { heading: text, rest: '' };
  const cut = label.length + m.index + 1;
  return { heading: text.slice(0, cut), rest: text.slice(cut).replace(/^[\s\u3000]+/, '') };
}
