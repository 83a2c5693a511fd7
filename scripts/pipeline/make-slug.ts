import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { provinces } from '../../src/schema/regions.ts';

/** Initials looked up so far: pinyin-pro is slow per call and a corpus reuses few characters. */
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
    }
    else if (/[A-Za-z0-9]/.test(ch)) out.push(ch.toLowerCase());
  }
  return out.join('').replace(/[^a-z0-9]/g, '');
}

/** 机关代字 as ASCII: a leading province abbreviation becomes its code (吉 → jl, 冀 → he). */
function agencyCode(prefix: string): string {
  const province = provinces.find((p) => prefix.startsWith(p.abbr));
  return province ? province.code + initials(prefix.slice(1)) : initials(prefix);
}

/**
 * An ASCII slug from the document's metadata, stable across runs and body edits:
 * 吉卫复议字〔2020〕49号 → jlwfyz-2020-49 (the province's code for its one-character
 * abbreviation, since 吉 and 冀 share the initial j, then pinyin initials). A document without a number (a portal's 解读) gets
 * its title's initials, its year when dated, and six hex digits of a hash of its source file
 * name, since such titles repeat: 关于《…》的解读 in 004_67f603d0a6204653.txt → gyjkpyxzsclqmjfwsjkf-2f3b1c.
 * Two documents that still meet on one slug are a build error; a correction file can set it.
 */
export function makeSlug(fields: { docNumber: string | null; title: string; dateWritten: string | null; source: string }): string {
  const m = fields.docNumber ? /^(.*?)[〔\[［(（](\d{4})[〕\]］)）]第?(\d+)号$/.exec(fields.docNumber) : null;
  if (m) return [agencyCode(m[1]!), m[2], m[3]].filter(Boolean).join('-');
  const base = initials(fields.title).slice(0, 20) || 'document';
  const tag = createHash('sha1').update(fields.source).digest('hex').slice(0, 6);
  return [base, fields.dateWritten?.slice(0, 4), tag].filter(Boolean).join('-');
}
