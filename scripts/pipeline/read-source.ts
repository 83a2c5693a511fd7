import { isUtf8, transcode } from 'node:buffer';
import { BuildError } from './build-error.ts';

/**
 * Decodes a raw source file: UTF-8 (with or without BOM) or, when that fails, GB18030/GBK.
 * Line ends become LF and the text is NFC-normalised.
 */
export function readSource(file: string, bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if (bytes.length === 0) {
    throw new BuildError(file, 1, 'empty-source', 'the file is empty', 'add the document text, or remove the file');
  }
  if (looksBinary(bytes)) {
    throw new BuildError(
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
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    } catch {
      const at = firstInvalidUtf8(bytes);
      const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
      throw new BuildError(
        file,
        line,
        'undecodable-source',
        `the text is neither UTF-8 nor GB18030/GBK (first bad byte at offset ${at})`,
        'save the file as UTF-8 and try again',
      );
    }
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    throw new BuildError(file, 1, 'empty-source', 'the file holds only whitespace', 'add the document text, or remove the file');
  }
  return { text, encoding };
}

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

/** NUL bytes or many control characters mean the file is not text. */
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
