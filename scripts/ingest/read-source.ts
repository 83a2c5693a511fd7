import { isUtf8, transcode } from 'node:buffer';
import { BuildError } from '../../src/schema/build-error.ts';
import {
  firstInvalidGb18030,
  firstInvalidUtf8,
  gb18030Rarity,
  likelyEncoding,
  plausibleGb18030,
  type LikelyEncoding,
} from './source-encoding.ts';

export { firstInvalidUtf8 } from './source-encoding.ts';

/**
 * Decodes a raw source file: UTF-8 (with or without BOM) or, when that fails, GB18030/GBK if
 * that reads as Chinese. Line ends become LF and the text is NFC-normalised. Refuses, naming
 * the line, a file that is empty, binary, in another encoding, or holds a control character
 * other than TAB, CR and LF.
 */
export function readSource(file: string, bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if (bytes.length === 0) {
    throw new BuildError(file, 1, 'empty-source', 'the file is empty', 'add the document text, or remove the file');
  }
  if (looksBinary(bytes)) {
    const likely = likelyEncoding(bytes);
    throw likely === 'UTF-16'
      ? new BuildError(file, 1, 'utf16-source', 'the text is UTF-16, not UTF-8', convertHint(file, likely))
      : new BuildError(
          file,
          1,
          'binary-source',
          'the file is binary, not text',
          'export the document as plain text (UTF-8) and replace the file',
        );
  }
  let text: string;
  let encoding: 'utf-8' | 'gb18030' = 'utf-8';
  if (isUtf8(bytes)) {
    // What TextDecoder('utf-8', { fatal: true }) gives, at a sixth of the cost: ICU converts
    // valid UTF-8 to UTF-16 far faster than V8 decodes it into a string. The BOM is dropped.
    text = transcode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'utf8', 'utf16le').toString('utf16le');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } else {
    text = decodeGb18030(file, bytes);
    encoding = 'gb18030';
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    throw new BuildError(file, 1, 'empty-source', 'the file holds only whitespace', 'add the document text, or remove the file');
  }
  refuseControlCharacters(file, text);
  return { text, encoding };
}

/** Bytes that are not UTF-8, as GB18030; refused when they are not that either, or not plausibly Chinese. */
function decodeGb18030(file: string, bytes: Uint8Array): string {
  const gbAt = firstInvalidGb18030(bytes);
  if (gbAt === bytes.length) {
    const text = new TextDecoder('gb18030').decode(bytes);
    if (plausibleGb18030(bytes)) return text;
    const { rare, all } = gb18030Rarity(bytes);
    const likely = likelyEncoding(bytes);
    throw new BuildError(
      file,
      1,
      'unlikely-encoding',
      `the text is not UTF-8, and read as GB18030 it is mostly rare characters (${rare} of ${all}), not Chinese` +
        (likely ? `: it is likely ${likely}` : ''),
      convertHint(file, likely),
    );
  }
  // The reading that gets further is the one the file was meant in: report its first bad byte.
  const utfAt = firstInvalidUtf8(bytes);
  const [at, name] = utfAt >= gbAt ? [utfAt, 'utf-8'] : [gbAt, 'gb18030'];
  // (A typed array's lastIndexOf reads a negative start from the end.)
  const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
  const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
  const column = new TextDecoder(name).decode(bytes.subarray(lineStart, at)).length + 1;
  const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  throw new BuildError(
    file,
    line,
    'undecodable-source',
    `the text is neither UTF-8 nor GB18030/GBK: read as ${name === 'utf-8' ? 'UTF-8' : 'GB18030'}, byte 0x${hex} at offset ${at} is invalid`,
    convertHint(file, likelyEncoding(bytes)),
    column,
  );
}

/** What to do with a file in another encoding: iconv's command when the encoding is known. */
function convertHint(file: string, likely: LikelyEncoding | null): string {
  return likely
    ? `convert it to UTF-8, e.g. iconv -f ${likely} -t UTF-8 ${file} > ${file}.utf8 && mv ${file}.utf8 ${file}`
    : 'save the file as UTF-8 and try again';
}

/** C0 and C1 control characters other than TAB and LF (CR is gone by now), and DEL. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Refuses a control character, naming its line and column: it would reach the pages and the TXT copy. */
function refuseControlCharacters(file: string, text: string): void {
  const m = CONTROL.exec(text);
  if (!m) return;
  const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
  const line = text.slice(0, m.index).split('\n').length;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  throw new BuildError(
    file,
    line,
    'control-character',
    `the text holds the control character U+${code}, which no document text has`,
    'delete it (an export or a copy left it there), or export the document again as plain text',
    m.index - lineStart + 1,
  );
}

/** NUL bytes or many control characters near the start mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}
