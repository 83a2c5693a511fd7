import { normaliseDocNumber } from './patterns.ts';
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** Each character's initial, once: pinyin-pro reads a lone character the same way every time. */
const initialOf = new Map<string, string>();

/** Lowercase pinyin initials of the Chinese characters in `text`; Latin letters and digits kept. */
function initials(text: string): string {
  const out: string[] = [];
  for (const ch of text) {
    if (/[\u4e00-\u9fff]/.test(ch)) {
      let initial = initialOf.get(ch);
      if (initial === undefined) {
        initial = pinyin(ch, { pattern: 'first', toneType: 'none' });
        initialOf.set(ch, initial);
      }
      out.push(initial);
    } else if (/[A-Za-z0-9]/.test(ch)) out.push(ch.toLowerCase());
  }
  return out.join('').replace(/[^a-z0-9]/g, '');
}

/**
 * Province-level abbreviations that open a 发文字号 (吉卫…, 川办发…, 冀政…), as the two-letter
 * codes of GB/T 2260 / ISO 3166-2:CN. Their pinyin initials collide (吉, 冀 and 晋 are all j),
 * so the code keeps numbers of different provinces apart.
 */
const PROVINCE_CODES: Readonly<Record<string, string>> = {
  京: 'bj',
  津: 'tj',
  冀: 'he',
  晋: 'sx',
  蒙: 'nm',
  辽: 'ln',
  吉: 'jl',
  黑: 'hl',
  沪: 'sh',
  苏: 'js',
  浙: 'zj',
  皖: 'ah',
  闽: 'fj',
  赣: 'jx',
  鲁: 'sd',
  豫: 'ha',
  鄂: 'hb',
  湘: 'hn',
  粤: 'gd',
  桂: 'gx',
  琼: 'hi',
  渝: 'cq',
  川: 'sc',
  蜀: 'sc',
  黔: 'gz',
  贵: 'gz',
  滇: 'yn',
  云: 'yn',
  藏: 'xz',
  陕: 'sn',
  甘: 'gs',
  陇: 'gs',
  青: 'qh',
  宁: 'nx',
  新: 'xj',
  港: 'hk',
  澳: 'mo',
};

/** 吉卫复议字 → jl-wfyz; 国办发 → gbf. */
function prefixSlug(prefix: string): string {
  const code = PROVINCE_CODES[prefix[0] ?? ''];
  return code && prefix.length > 1 ? `${code}-${initials(prefix.slice(1))}` : initials(prefix);
}

/**
 * An ASCII slug from the document's metadata, stable across body edits:
 * 吉卫复议字〔2020〕49号 → jl-wfyz-2020-49. Without a number: the title's initials, the year
 * when the document is dated, and a short hash of the source file name, since titles repeat
 * across an archive (关于《…》的解读 → gyjkpyxzsclqmjfwsjkfzxdn-3f2a1c).
 */
export function makeSlug(fields: {
  docNumber: string | null;
  title: string;
  dateWritten: string | null;
  source?: string;
}): string {
  const m = fields.docNumber ? /^(.*?)〔(\d{4})〕(\d+)号$/.exec(normaliseDocNumber(fields.docNumber)) : null;
  if (m) return [prefixSlug(m[1]!), m[2], m[3]].filter(Boolean).join('-');
  const base = initials(fields.title).slice(0, 24) || 'document';
  const tag = fields.source ? `-${createHash('sha1').update(fields.source).digest('hex').slice(0, 6)}` : '';
  return (fields.dateWritten ? `${base}-${fields.dateWritten.slice(0, 4)}` : base) + tag;
}
