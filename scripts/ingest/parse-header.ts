import type { SourceLine } from './types.ts';

/**
 * Keys of the government information-disclosure header (政府信息公开 metadata table, the
 * 信息索引 of gov.cn and provincial portals) and the field each fills. Labels are compared
 * with their inner spaces removed (ASCII or full-width), so `索 引 号`, `标  题` and `标题` are one key.
 */
export const headerKeys: Readonly<Record<string, HeaderField>> = {
  索引号: 'indexNumber',
  分类: 'categories',
  信息分类: 'categories',
  主题分类: 'subjectCategory',
  发文机关: 'issuer',
  发布机构: 'issuer',
  发文单位: 'issuer',
  发布单位: 'issuer',
  成文日期: 'dateWritten',
  标题: 'title',
  名称: 'title',
  文件名称: 'title',
  发文字号: 'docNumber',
  文号: 'docNumber',
  发布日期: 'datePublished',
  公开日期: 'datePublished',
  发布时间: 'datePublished',
  日期: 'datePublished',
};
/**
 * Keys portals print in the same block that no field takes; recognised (also with an empty
 * value) so the block is read whole, and kept in the build report.
 */
export const otherHeaderKeys: ReadonlySet<string> = new Set([
  '主题词',
  '有效性',
  '时效',
  '体裁分类',
  '组配分类',
  '公文种类',
  '文种',
  '生效日期',
  '废止日期',
  '实施日期',
  '信息来源',
  '来源',
  '链接',
  '原文链接',
  '效力级别',
  '所属机构',
  '公开方式',
  '公开范围',
  '关键词',
  '统一编号',
  '失效日期',
  '牵头单位',
  '文件状态',
  '政策状态',
  '网址',
  '部门',
  '生效时间',
  '到期时间',
  '详情页链接',
  '发文日期',
]);

/**
 * The field a label names: a listed key, or one a portal spells with a prefix or a variant
 * ending (政策标题, 政策文号, 发布机关, 成文时间, 公布日期); undefined for any other key.
 */
export function fieldOfKey(key: string): HeaderField | undefined {
  if (key in headerKeys) return headerKeys[key];
  const bare = key.replace(/^(政策|文件|信息|公文)/, '');
  if (bare in headerKeys) return headerKeys[bare];
  if (/(标题|名称)$/.test(bare)) return 'title';
  if (/(文号|字号)$/.test(bare)) return 'docNumber';
  if (/^(发布|发文|制发|印发)(机关|机构|单位)$/.test(bare)) return 'issuer';
  if (/^成文(日期|时间)$/.test(bare)) return 'dateWritten';
  if (/^(发布|公布|公开|印发)(日期|时间)$/.test(bare)) return 'datePublished';
  return undefined;
}
const isHeaderKey = (key: string) => fieldOfKey(key) !== undefined || otherHeaderKeys.has(key);

export type HeaderField =
  'indexNumber' | 'categories' | 'subjectCategory' | 'issuer' | 'dateWritten' | 'title' | 'docNumber' | 'datePublished';

export interface HeaderValue {
  value: string;
  line: number;
}

/** A key the header states that no field takes (主题词, 有效性, 公文种类 …): kept for the report. */
export interface ExtraHeaderKey {
  key: string;
  value: string;
  line: number;
}

/** What parseHeader finds. */
export interface Header {
  fields: Partial<Record<HeaderField, HeaderValue>>;
  /** Keys of the block that no field takes, in source order. */
  extra: ExtraHeaderKey[];
  /** Index of the first line after the block (0 when there is none). */
  end: number;
  /** Source line numbers of the block, its `正文` marker and `---` wrappers. */
  used: number[];
}

const SPACE = /[\s\u3000\u00a0]/g;
/** `键：值` or `键：`; a key is 2–6 CJK characters, spaces between them allowed. */
const PAIR = /^([\u4e00-\u9fa5](?:[\s\u3000\u00a0]*[\u4e00-\u9fa5]){1,5})[\s\u3000\u00a0]*[:：][\s\u3000\u00a0]*(.*)$/;
/** Lines that wrap a header or mark where the document text starts. */
const WRAPPER = /^(-{3,}|正文[:：]?|【?正文】?)$/;
/** How far into the text a header block may start (page chrome may come first). */
const HEAD_WINDOW = 30;

const keyOf = (label: string) => label.replace(SPACE, '');
/** Values of the cells of one line: `key：value` pairs, as one cell or as two TAB-separated cells. */
function pairsOf(text: string): { key: string; value: string }[] | undefined {
  const cells = text.split('\t').map((c) => c.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''));
  const pairs: { key: string; value: string }[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell === '') continue;
    // A leading `---` wraps single-line front matter: ---标题: …
    const m = PAIR.exec(cell.replace(/^-{3,}\s*/, ''));
    if (!m) return undefined;
    let value = m[2]!.trim();
    if (value === '' && i + 1 < cells.length && !PAIR.test(cells[i + 1]!)) value = cells[++i]!;
    pairs.push({ key: keyOf(m[1]!), value });
  }
  return pairs.length ? pairs : undefined;
}

/** A line of a header block: at least one key, and known keys only when a value must be looked up. */
function headerLine(text: string): { key: string; value: string }[] | undefined {
  const pairs = pairsOf(text);
  if (!pairs) return undefined;
  // A lone unknown `键：` is an addressee or a lead-in (各有关单位：), not a header key.
  if (pairs.some((p) => !isHeaderKey(p.key) && p.value === '')) return undefined;
  // A sentence with a colon is body text: header values are short and carry no sentence end.
  if (pairs.some((p) => /[。；]$/.test(p.value) || p.value.length > 300)) return undefined;
  return pairs;
}

/**
 * Finds the metadata header block in the head of the text (it may follow page chrome): a run
 * of `键：值` lines, several keys on a line when a table was flattened, a value on the next
 * line after a bare `键：`, wrapped in `---` or followed by a `正文` marker. A run counts when it
 * states two keys of the disclosure vocabulary, or when it is a single `标题：` line at the very
 * top (front matter).
 */
export function parseHeader(lines: readonly SourceLine[]): Header {
  const none: Header = { fields: {}, extra: [], end: 0, used: [] };
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEAD_WINDOW; i++) {
    if (lines[i]!.text === '') continue;
    seen++;
    const found = readBlock(lines, i);
    if (found) return found;
  }
  return none;
}

function readBlock(lines: readonly SourceLine[], start: number): Header | undefined {
  const fields: Partial<Record<HeaderField, HeaderValue>> = {};
  const extra: ExtraHeaderKey[] = [];
  const used: number[] = [];
  let known = 0;
  let i = start;
  let end = start;
  const nextNonBlank = (j: number) => {
    while (j < lines.length && lines[j]!.text === '') j++;
    return j;
  };
  if (WRAPPER.test(lines[i]!.text) && lines[i]!.text.startsWith('-')) {
    used.push(lines[i]!.no);
    i = nextNonBlank(i + 1);
  }
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text === '') {
      i++;
      continue;
    }
    const pairs = headerLine(line.text);
    if (!pairs) break;
    used.push(line.no);
    for (const [k, pair] of pairs.entries()) {
      let { value } = pair;
      let valueLine = line.no;
      if (value === '' && k === pairs.length - 1 && fieldOfKey(pair.key)) {
        // The value stands on the next non-blank line unless that line is itself a key.
        const j = nextNonBlank(i + 1);
        const next = lines[j];
        if (next && !pairsOf(next.text) && !WRAPPER.test(next.text)) {
          value = next.text.replace(/\t/g, ' ').trim();
          valueLine = next.no;
          used.push(next.no);
          i = j;
        }
      }
      const field = fieldOfKey(pair.key);
      if (field) {
        known++;
        if (value !== '' && !fields[field]) fields[field] = { value, line: valueLine };
      } else {
        // Keys of the portal's vocabulary count towards a block; any other is kept all the same.
        if (otherHeaderKeys.has(pair.key)) known++;
        extra.push({ key: pair.key, value, line: valueLine });
      }
    }
    i++;
    end = i;
  }
  const topTitle = start === nextNonBlank(0) && fields.title !== undefined;
  if (known < 2 && !(known === 1 && topTitle)) return undefined;
  // The block's closing wrapper or the portal's 正文 marker belongs to the header.
  const after = nextNonBlank(end);
  if (after < lines.length && WRAPPER.test(lines[after]!.text)) {
    used.push(lines[after]!.no);
    end = after + 1;
  }
  return { fields, extra, end, used };
}
