/**
 * How a document's sections are named: in a citation (第二部分（一）, cite-formats.ts) and in
 * lists of deep links, as readers say them (二（一）).
 */
import type { SectionNode } from '../schema/document.ts';

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN[n]!;
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  return String(n);
}

/** The path of sections from the top to the one with `id`, or [] when there is none. */
export function sectionPath(sections: readonly SectionNode[], id: string): SectionNode[] {
  for (const s of sections) {
    if (s.id === id) return [s];
    const below = sectionPath(s.children, id);
    if (below.length) return [s, ...below];
  }
  return [];
}

/**
 * How a section is named in a citation: s2 → 第二部分; deeper levels add their printed
 * labels without the trailing punctuation: s2-1 → 第二部分（一）, s2-1-3 → 第二部分（一）3.
 */
export function sectionName(sections: readonly SectionNode[], id: string): string {
  const path = sectionPath(sections, id);
  if (!path.length) return '';
  const [top, ...rest] = path;
  return topName(top!) + rest.map(labelName).join('');
}

/** A top-level section's part of a name: 第二部分, or its label when its id has no number. */
function topName(top: SectionNode): string {
  const topNumber = Number(/s(\d+)$/.exec(top.id)?.[1] ?? 0);
  return topNumber ? `第${chineseNumeral(topNumber)}部分` : labelName(top);
}

const labelName = (s: SectionNode) => s.label.replace(/[、.．]$/, '');

/**
 * sectionName of every section of a tree, by id, in one walk (a repeated id keeps the first
 * section's name, as sectionPath finds it): for lists that name many sections of a document.
 */
export function sectionNames(sections: readonly SectionNode[]): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (nodes: readonly SectionNode[], head: string | null) => {
    for (const s of nodes) {
      const name = head === null ? topName(s) : head + labelName(s);
      if (!names.has(s.id)) names.set(s.id, name);
      walk(s.children, name);
    }
  };
  walk(sections, null);
  return names;
}

/**
 * Every section's label as readers say it, by id, for lists of deep links: the printed labels
 * of its path without their trailing 、 or .: s2-1 → 二（一）, s2-1-3 → 二（一）3; an item
 * (一是) after a numeral gets a 、 so the two numbers do not run together: 五、一是.
 */
export function sectionLabels(sections: readonly SectionNode[]): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (nodes: readonly SectionNode[], head: string) => {
    for (const s of nodes) {
      const own = labelName(s) || s.id;
      const joint = head && /[一二三四五六七八九十〇\d]$/.test(head) && /^[一二三四五六七八九十〇\d]/.test(own) ? '、' : '';
      const label = head + joint + own;
      if (!labels.has(s.id)) labels.set(s.id, label);
      walk(s.children, label);
    }
  };
  walk(sections, '');
  return labels;
}
