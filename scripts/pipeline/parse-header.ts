import type { SourceLine } from './types.ts';

/**
 * Keys of the government information-disclosure header (政府信息公开 metadata table) and
 * the field each fills. Portals print them as `key：value` or `key：` with the value on the
 * next line.
 */
export const headerKeys: Readonly<Record<string, HeaderField>> = {
  索引号: 'indexNumber',
  分类: 'categories',
  主题分类: 'categories',
  发文机关: 'issuer',
  发布机构: 'issuer',
  成文日期: 'dateWritten',
  标题: 'title',
  名称: 'title',
  发文字号: 'docNumber',
  文号: 'docNumber',
  发布日期: 'datePublished',
  公开日期: 'datePublished',
};
export type HeaderField = 'indexNumber' | 'categories' | 'issuer' | 'dateWritten' | 'title' | 'docNumber' | 'datePublished';

export interface HeaderValue {
  value: string;
  line: number;
}

const KEY_LINE = new RegExp(`^(${Object.keys(headerKeys).join('|')})[\\s\\u3000]*[:：][\\s\\u3000]*(.*)$`);

/**
 * Reads a metadata header block at the top of the document. Returns the fields found and
 * the index of the first line after the block (0 when there is no block).
 */
export function parseHeader(lines: readonly SourceLine[]): {
  fields: Partial<Record<HeaderField, HeaderValue>>;
  end: number;
  used: number[];
} {
  const fields: Partial<Record<HeaderField, HeaderValue>> = {};
  const used: number[] = [];
  let i = 0;
  let end = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text === '') {
      i++;
      continue;
    }
    const m = KEY_LINE.exec(line.text);
    if (!m) break;
    const field = headerKeys[m[1]!]!;
    let value = m[2]!.trim();
    used.push(line.no);
    let valueLine = line.no;
    if (value === '') {
      // The value stands on the next non-blank line unless that line is itself a key.
      let j = i + 1;
      while (j < lines.length && lines[j]!.text === '') j++;
      const next = lines[j];
      if (next && !KEY_LINE.test(next.text)) {
        value = next.text;
        valueLine = next.no;
        used.push(next.no);
        i = j;
      }
    }
    if (value !== '' && !fields[field]) fields[field] = { value, line: valueLine };
    i++;
    end = i;
  }
  // A single key-like line is a sentence, not a header block.
  if (used.length < 4) return { fields: {}, end: 0, used: [] };
  return { fields, end, used };
}
