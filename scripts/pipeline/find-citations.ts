import type { DocumentInput } from '../../src/schema/document.ts';
import { DOC_NUMBER_IN_TEXT } from './patterns.ts';
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
    if (!c.sections!.includes(section)) c.sections!.push(section);
  };
  for (const b of blocks) {
    if (b.role === 'docNumber') continue;
    const text = b.text.replace(/[\s\u3000\u00a0]/g, '');
    const section = b.section ?? '';
    for (const title of quotedTitles(text)) add('title', title, section);
    for (const m of text.matchAll(DOC_NUMBER_IN_TEXT)) add('docNumber', m[0].replace(BEFORE_NUMBER, ''), section);
  }
  return [...byKey.values()];
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
