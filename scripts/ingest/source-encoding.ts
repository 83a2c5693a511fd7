/**
 * What the bytes of a source say about its encoding, for read-source.ts: where a UTF-8 or a
 * GB18030 reading first breaks, whether a GB18030 reading is plausible Chinese, and which
 * encoding a refused file is likely in.
 */

/** Offset of the first byte that does not continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

const inRange = (b: number | undefined, lo: number, hi: number) => b !== undefined && b >= lo && b <= hi;

/**
 * The byte length of the GB18030 sequence at `i` (1, 2 or 4), or 0 when none starts there:
 * a lead byte 81–FE takes a trail 40–7E or 80–FE, or three more bytes 30–39, 81–FE, 30–39.
 */
function gb18030Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  if (b === 0x80 || b === 0xff) return 0;
  const t = bytes[i + 1];
  if (inRange(t, 0x40, 0x7e) || inRange(t, 0x80, 0xfe)) return 2;
  if (inRange(t, 0x30, 0x39) && inRange(bytes[i + 2], 0x81, 0xfe) && inRange(bytes[i + 3], 0x30, 0x39)) return 4;
  return 0;
}

/** Offset of the first byte that does not start or continue a GB18030 sequence. */
export function firstInvalidGb18030(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const n = gb18030Length(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return bytes.length;
}

/**
 * Of the multi-byte characters of a GB18030 reading, how many lie outside GB2312 (lead A1–F7
 * with trail A1–FE), the set nearly every character of a Chinese official document is in.
 * Latin-1 or Big5 bytes read as GB18030 give mostly such rare characters ("Müller" → "M黮ler").
 */
export function gb18030Rarity(bytes: Uint8Array): { rare: number; all: number } {
  let rare = 0;
  let all = 0;
  for (let i = 0; i < bytes.length;) {
    const n = gb18030Length(bytes, i) || 1;
    if (n > 1) {
      all++;
      if (n === 4 || !inRange(bytes[i], 0xa1, 0xf7) || !inRange(bytes[i + 1], 0xa1, 0xfe)) rare++;
    }
    i += n;
  }
  return { rare, all };
}

/** Whether a GB18030 reading is plausible Chinese: at most a quarter of its characters rare. */
export function plausibleGb18030(bytes: Uint8Array): boolean {
  const { rare, all } = gb18030Rarity(bytes);
  return rare * 4 <= all;
}

/** An encoding a refused file is likely in, as iconv names it. */
export type LikelyEncoding = 'WINDOWS-1252' | 'BIG5' | 'UTF-16';

/**
 * The encoding a file that is neither UTF-8 nor plausible GB18030 is likely in, or null:
 * UTF-16 by its byte order mark; Latin-1/Windows-1252 when few bytes are non-ASCII (Chinese
 * text in any legacy encoding is mostly non-ASCII bytes); Big5 when it decodes as Big5.
 */
export function likelyEncoding(bytes: Uint8Array): LikelyEncoding | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  let high = 0;
  let text = 0;
  for (const b of bytes) {
    if (b > 0x20) text++;
    if (b >= 0x80) high++;
  }
  if (high * 3 < text) return 'WINDOWS-1252';
  try {
    new TextDecoder('big5', { fatal: true }).decode(bytes);
    return 'BIG5';
  } catch {
    return null;
  }
}
