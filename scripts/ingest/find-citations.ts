import type { DocumentInput } from '../../src/schema/document.ts';
import type { Block } from './types.ts';

type Citation = NonNullable<DocumentInput['citations']>[number];

/** Characters that end the running words before a 发文字号's 机关代字: 根据吉发〔…〕 → 吉发〔…〕. */
const BEFORE_NUMBER = /^.*[的了和及与据照按以于在为是将对等见即经由（(《》]/;

/**
 * Every title in 《》 (nested ones too: 《关于印发《X》的通知》 gives both) and every 发文字号
 * the text cites, with the sections they stand in. Titles and numbers are compacted
 * (whitespace removed); `resolved` is filled by resolveCitations once every document is read.
 */
export function findCitations(blocks: readonly Block[]): Citation[] {
  const byKey = new Map<string, Citation>();
  const add = (kind: Citation['kind'], text: string, section: string) => {
    const key = `${kind}:${text}`;
    const c = byKey.get(key) ?? { kind, text, sections: [], resolved: null };
    byKey.set(key, c);
    if (!c.sections.includes(section)) c.sections.push(section);
  };
  const short = new Map<string, string>();
  for (const b of blocks) {
    if (b.role === 'docNumber') continue;
    const text = b.text.replace(/[\s\u3000\u00a0]/g, '');
    const section = b.section ?? '';
    for (const title of quotedTitles(text)) add('title', title, section);
    for (const number of docNumbersIn(text)) add('docNumber', number, section);
    for (const [name, full] of shortNames(text)) if (!short.has(name)) short.set(name, full);
  }
  // A short name the text defines (以下简称《若干措施》) stands for the document it names: its places go to that entry.
  for (const [name, full] of short) {
    const alias = byKey.get(`title:${name}`);
    const target = byKey.get(`title:${full}`);
    if (!alias || !target || alias === target) continue;
    for (const section of alias.sections) if (!target.sections.includes(section)) target.sections.push(section);
    byKey.delete(`title:${name}`);
  }
  return [...byKey.values()];
}

/**
 * The short names a text defines for cited titles, as short → full title:
 * 《关于加快培育新质生产力的若干措施》（以下简称《若干措施》） → 若干措施 → 关于加快培育新质生产力的若干措施.
 */
export function shortNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const open: number[] = [];
  const ends = new Map<number, string>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') open.push(i);
    else if (text[i] === '》' && open.length > 0) {
      const start = open.pop()!;
      ends.set(i, text.slice(start + 1, i));
    }
  }
  for (const m of text.matchAll(/[（(]以下(?:简称|称)《([^《》]+)》/g)) {
    const full = ends.get(m.index - 1);
    if (full && full !== m[1]) out.set(m[1]!, full);
  }
  return out;
}

/** The year and serial of a 发文字号, found first; the 机关代字 is read back from there. */
const YEAR_AND_SERIAL = /[〔[［(（]\d{4}[〕\]］)）]第?\d{1,5}号/g;
const HAN = /[\u4e00-\u9fa5]/;

/** Every 发文字号 in running text: up to 16 Chinese characters before 〔year〕n号, running words cut. */
export function docNumbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(YEAR_AND_SERIAL)) {
    let start = m.index;
    while (start > 0 && m.index - start < 16 && HAN.test(text[start - 1]!)) start--;
    if (start === m.index) continue;
    const number = text.slice(start, m.index + m[0].length).replace(BEFORE_NUMBER, '');
    if (HAN.test(number[0] ?? '')) out.push(number);
  }
  return out;
}

/** The contents of every balanced 《…》, outer before inner, in text order. */
export function quotedTitles(text: string): string[] {
  const open: number[] = [];
  const found: { start: number; title: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') open.push(i);
    else if (text[i] === '》' && open.length > 0) {
      const start = open.pop()!;
      const title = text.slice(start + 1, i);
      if (title !== '') found.push({ start, title });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.title);
}
