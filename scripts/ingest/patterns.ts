/** Regular expressions for the elements of official documents (GB/T 9704-2012). */

/** Brackets printed around the year of a 发文字号: 〔〕 is right; portals also use [] ［］ () （） 【】 ﹝﹞. */
const YEAR_OPEN = '[〔\\[［(（【﹝]';
const YEAR_CLOSE = '[〕\\]］)）】﹞]';

/** The 发文字号 pattern without anchors: 吉卫复议字〔2020〕49号, 国能综通煤炭﹝2021﹞59号. */
const DOC_NUMBER = `[\\u4e00-\\u9fa5]{1,16}${YEAR_OPEN}\\s*\\d{4}\\s*${YEAR_CLOSE}\\s*第?\\s*\\d{1,5}\\s*号`;
/** The number of an order (令): 国令第707号, 第707号 under a 令 banner. */
const ORDER_NUMBER = `[\\u4e00-\\u9fa5]{0,12}令?第\\s*\\d{1,5}\\s*号`;

/** A whole line that is a 发文字号, e.g. 吉卫复议字〔2020〕49号 (also in brackets, as portals print it). */
export const DOC_NUMBER_LINE = new RegExp(`^[（(]?(?:${DOC_NUMBER})[）)]?$`);

/** A line that is the number of an order under its banner: 第707号. */
export const ORDER_NUMBER_LINE = new RegExp(`^${ORDER_NUMBER}$`);

/** A 发文字号 at the end of a line, after a space or in brackets: …的通知 国能综通煤炭﹝2021﹞59号. */
export const TRAILING_DOC_NUMBER = new RegExp(`(?:[\\s\\u3000]+[（(]?|[（(])(${DOC_NUMBER})[）)]?$`);

/** A 发文字号 at the start of a line, running into what follows (an addressee). */
export const LEADING_DOC_NUMBER = new RegExp(`^(${DOC_NUMBER})`);

/** A 发文字号 inside running text. */
export const DOC_NUMBER_IN_TEXT = new RegExp(`[\\u4e00-\\u9fa5]{1,16}${YEAR_OPEN}\\d{4}${YEAR_CLOSE}第?\\d{1,5}号`, 'g');

/**
 * A 发文字号 in its normal form, the one that two writings of one number share: half-width
 * letters and digits, no spaces, 〔〕 for any bracket, no 第 before the number
 * (国办发 [２０２３] 第１２号 → 国办发〔2023〕12号). Duplicates are found and slugs made by it.
 */
export function normaliseDocNumber(docNumber: string): string {
  return docNumber
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[[(【〔〖]/g, '〔')
    .replace(/[\])】〕〗]/g, '〕')
    .replace(/第(?=\d)/g, '');
}

/** Chinese numerals used in numbering labels and dates. */
export const CN_DIGITS = '〇零一二三四五六七八九十百两';

/** Chinese numerals used in dates besides 〇: ○ (U+25CB), Ｏ and O as printed for zero. */
const DATE_DIGITS = `\\d${CN_DIGITS}○ＯO０-９`;

/** A date line: 2020年9月14日, 2020年09月14日, 二〇二〇年九月十四日, 2023.5.26, 2023/05/26, 2023-05-26. */
export const DATE_LINE = new RegExp(
  `^(?:([${DATE_DIGITS}]{4})\\s*年\\s*([${DATE_DIGITS}]{1,3})\\s*月\\s*([${DATE_DIGITS}]{1,3})\\s*日|(\\d{4})\\s*([./-])\\s*(\\d{1,2})\\s*\\5\\s*(\\d{1,2}))$`,
);

/** Ends a sentence or a clause that a page break cannot split. */
export const TERMINAL = /[。！？!?；;：:]$/;

/** Words a title ends with, by document type. */
export const TITLE_ENDINGS =
  /(答复|复函|通知|意见|办法|措施|规定|细则|决定|规划|方案|报告|解读|批复|通报|公告|通告|纪要|函|建议|条例|规则|计划|纲要|请示|决议|公报|议案|答记者问|问答|举措|清单|指南|章程)$/;

/** Numbering labels by level: 第一章 / 一、 / （一） / 1、 or 1. / （1）; and ordinal items 一是. */
export const NUMBERING: readonly { kind: NumberingKind; pattern: RegExp }[] = [
  { kind: 'chapter', pattern: /^第([一二三四五六七八九十百零〇两]+)章(?![的中])/ },
  { kind: 'cn', pattern: /^([一二三四五六七八九十百]+)、/ },
  { kind: 'cn-paren', pattern: /^[（(]([一二三四五六七八九十百]+)[）)]/ },
  { kind: 'arabic', pattern: /^(\d{1,3})(?:[、．]|\.(?!\d))/ },
  { kind: 'arabic-paren', pattern: /^[（(](\d{1,3})[）)]/ },
  { kind: 'ordinal', pattern: /^(?:第)?([一二三四五六七八九十]+)是/ },
];
export type NumberingKind = 'chapter' | 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'ordinal';

/** 第N节 under a chapter of rules (办法, 条例). */
export const SUBCHAPTER = /^第([一二三四五六七八九十百零〇两]+)节(?![的中])/;
/** 第N条, an article of rules: its own anchor, never a section. */
export const ARTICLE = /^第([一二三四五六七八九十百零〇两]+)条(?![的中款])/;
/** A line of a printed table of contents: dot leaders, perhaps a page number. */
export const TOC_LINE = /([.．。·…⋯]{4,}|[\s\u3000]{2,})[\s\u3000]*\d{1,4}$|[.．·…⋯]{6,}$/;

/** Parses 一 … 九十九 (and plain digits) to a number; NaN when it is not a numeral. */
export function numeralValue(s: string): number {
  s = s.replace(/[○ＯO零]/g, '〇').replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(s)) return Number(s);
  const digit = (c: string) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c === '两' ? '二' : c);
  if ([...s].every((c) => digit(c) >= 0) && s.length > 1) {
    // 二〇二〇 style: digit by digit.
    return Number([...s].map(digit).join(''));
  }
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      const d = digit(c);
      if (d < 0) return NaN;
      current = d;
    }
  }
  return total + current;
}

/** 2020年9月14日 → 2020-09-14; a date-time 2025-03-04 09:43 gives its date; undefined when the text is not a date. */
export function parseDate(text: string): string | undefined {
  const m = DATE_LINE.exec(text.replace(/[\s\u3000\u00a0]/g, '').replace(/(\d)(\d{2}:\d{2}(:\d{2})?)$/, '$1'));
  if (!m) return undefined;
  const [y, mo, d] = m[1]
    ? [numeralValue(m[1]), numeralValue(m[2]!), numeralValue(m[3]!)]
    : [Number(m[4]), Number(m[6]), Number(m[7])];
  if (!(y > 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
