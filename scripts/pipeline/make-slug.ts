import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** Lowercase pinyin initials of the Chinese characters in `text`; Latin letters and digits kept. */
function initials(text: string): string {
  const out: string[] = [];
  for (const ch of text) {
    if (/[\u4e00-\u9fff]/.test(ch)) out.push(pinyin(ch, { pattern: 'first', toneType: 'none' }));
    else if (/[A-Za-z0-9]/.test(ch)) out.push(ch.toLowerCase());
  }
  return out.join('').replace(/[^a-z0-9]/g, '');
}

/**
 * An ASCII slug from the document's metadata, stable across body edits:
 * 吉卫复议字〔2020〕49号 → jwfyz-2020-49; without a number, the title's initials
 * (关于《…》的解读 → gyjkpyxzsclqmjfwsjkfzxd), with the year when the document is dated.
 */
export function makeSlug(fields: { docNumber: string | null; title: string; dateWritten: string | null; source?: string }): string {
  const m = fields.docNumber ? /^(.*?)[〔\[［(（](\d{4})[〕\]］)）]第?(\d+)号$/.exec(fields.docNumber) : null;
  if (m) return [initials(m[1]!), m[2], m[3]].filter(Boolean).join('-');
  const base = initials(fields.title).slice(0, 24) || 'document';
  const tag = fields.source ? `-${createHash('sha1').update(fields.source).digest('hex').slice(0, 6)}` : '';
  return (fields.dateWritten ? `${base}-${fields.dateWritten.slice(0, 4)}` : base) + tag;
}
