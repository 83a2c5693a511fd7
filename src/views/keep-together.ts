/**
 * Pieces of a title or meta line that must not break across lines: a 发文字号 (吉科发医〔2023〕102号),
 * a date (2022年6月28日) and a number with its unit (第207号, 25.7%, 100亿元). Chinese text may
 * break between any two characters, which leaves 第207 / 号 on a phone.
 */
const TOGETHER =
  /[\u4e00-\u9fa5]{1,12}[〔[［][0-9]{4}[〕\]］]第?[0-9]+号|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|第?[0-9]+(?:\.[0-9]+)?(?:%|％|号|件|个|项|条|年|月|日|万元|亿元|元|人|家|户|名|届|次)/g;

/** `text` cut into pieces, those to keep on one line marked: 第207号委员 → [第207号 (kept), 委员]. */
export function keepTogether(text: string): { text: string; keep: boolean }[] {
  const out: { text: string; keep: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(TOGETHER)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), keep: false });
  return out;
}
