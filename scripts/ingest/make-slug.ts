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

/** 关于…的通知 → …: the words a title of any document type wraps its subject in, and book-title marks. */
function titleCore(title: string): string {
  const core = title
    .replace(/[《》〈〉“”"]/g, '')
    .replace(/^(?:关于|对)/, '')
    .replace(/的?(?:通知|解读|答复|意见|决定|报告|函|批复|公告|通告)$/, '');
  return core || title;
}

/**
 * An ASCII slug from the document's metadata, stable across body edits:
 * 吉卫复议字〔2020〕49号 → jl-wfyz-2020-49. Without a number: the issuer's registry slug (doc
 * when it has none), its 成文日期 as yyyymmdd when dated, the pinyin initials of the first
 * eight characters of the title's subject, and six hex digits of a hash of the source file
 * name, since titles repeat across an archive: 四川省卫生健康委员会's undated
 * 关于《加快培育新质生产力…》的解读 → sc-wsjkw-jkpyxzsc-478862.
 */
export function makeSlug(fields: {
  docNumber: string | null;
  title: string;
  dateWritten: string | null;
  source?: string;
  /** The issuer's slug in content/departments.yaml (sc-wsjkw), or null. */
  issuerSlug?: string | null;
}): string {
  const m = fields.docNumber ? /^(.*?)〔(\d{4})〕(\d+)号$/.exec(normaliseDocNumber(fields.docNumber)) : null;
  if (m) return [prefixSlug(m[1]!), m[2], m[3]].filter(Boolean).join('-');
  const subject = initials([...titleCore(fields.title)].slice(0, 8).join('')) || 'document';
  const tag = fields.source ? createHash('sha1').update(fields.source).digest('hex').slice(0, 6) : '';
  return [fields.issuerSlug ?? 'doc', fields.dateWritten?.replace(/-/g, ''), subject, tag].filter(Boolean).join('-');
}
