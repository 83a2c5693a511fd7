import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BuildError } from '../../src/schema/build-error.ts';
import { readSource } from '../../scripts/ingest/read-source.ts';
import { splitLines } from '../../scripts/ingest/split-lines.ts';
import { root } from '../support/corpus.ts';

const dir = 'tests/fixtures/read-source';
const read = (name: string) => readSource(`${dir}/${name}`, readFileSync(join(root, dir, name)));
const doc = '关于印发《示例办法》的通知\n各有关单位：\n现将《示例办法》印发给你们。\n';
const refusal = (name: string): string => {
  try {
    read(name);
  } catch (e) {
    if (e instanceof BuildError) return e.format();
    throw e;
  }
  throw new Error(`${name} was accepted`);
};

describe('decoding', () => {
  for (const [name, encoding] of [
    ['utf8-with-bom.txt', 'utf-8'],
    ['gb18030-encoded.txt', 'gb18030'],
    ['crlf-line-ends.txt', 'utf-8'],
    ['cr-line-ends.txt', 'utf-8'],
  ] as const) {
    it(`${name} decodes to the same text (${encoding})`, () => {
      assert.deepEqual(read(name), { text: doc, encoding });
    });
  }
  it('NBSP, U+3000 and tabs at line edges go; NBSP inside a line stays', () => {
    assert.deepEqual(
      splitLines(read('nbsp-and-tabs.txt').text).map((l) => l.text),
      ['关于印发《示例办法》的通知', '各有关单位：', '现将\u00a0《示例办法》印发给你们。', ''],
    );
  });
});

describe('refusals name the file, the line and what to do', () => {
  for (const [name, message] of [
    ['empty.txt', `${dir}/empty.txt:1:1  the file is empty [empty-source]\n  add the document text, or remove the file`],
    [
      'whitespace-only.txt',
      `${dir}/whitespace-only.txt:1:1  the file holds only whitespace [empty-source]\n  add the document text, or remove the file`,
    ],
    [
      'binary-with-nul.txt',
      `${dir}/binary-with-nul.txt:1:1  the file is binary, not text [binary-source]\n  export the document as plain text (UTF-8) and replace the file`,
    ],
    [
      'undecodable-bytes.txt',
      `${dir}/undecodable-bytes.txt:3:1  the text is neither UTF-8 nor GB18030/GBK: read as UTF-8, byte 0xFF at offset 17 is invalid [undecodable-source]\n  save the file as UTF-8 and try again`,
    ],
    [
      'gbk-bad-byte-on-line-20.txt',
      `${dir}/gbk-bad-byte-on-line-20.txt:20:3  the text is neither UTF-8 nor GB18030/GBK: read as GB18030, byte 0x81 at offset 698 is invalid [undecodable-source]\n  save the file as UTF-8 and try again`,
    ],
    [
      'latin1-encoded.txt',
      `${dir}/latin1-encoded.txt:1:1  the text is not UTF-8, and read as GB18030 it is mostly rare characters (4 of 4), not Chinese: it is likely WINDOWS-1252 [unlikely-encoding]\n  convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 ${dir}/latin1-encoded.txt > ${dir}/latin1-encoded.txt.utf8 && mv ${dir}/latin1-encoded.txt.utf8 ${dir}/latin1-encoded.txt`,
    ],
    [
      'big5-encoded.txt',
      `${dir}/big5-encoded.txt:1:1  the text is not UTF-8, and read as GB18030 it is mostly rare characters (17 of 33), not Chinese: it is likely BIG5 [unlikely-encoding]\n  convert it to UTF-8, e.g. iconv -f BIG5 -t UTF-8 ${dir}/big5-encoded.txt > ${dir}/big5-encoded.txt.utf8 && mv ${dir}/big5-encoded.txt.utf8 ${dir}/big5-encoded.txt`,
    ],
    [
      'utf16-with-bom.txt',
      `${dir}/utf16-with-bom.txt:1:1  the text is UTF-16, not UTF-8 [utf16-source]\n  convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8 ${dir}/utf16-with-bom.txt > ${dir}/utf16-with-bom.txt.utf8 && mv ${dir}/utf16-with-bom.txt.utf8 ${dir}/utf16-with-bom.txt`,
    ],
    [
      'nul-after-8-kb.txt',
      `${dir}/nul-after-8-kb.txt:303:9  the text holds the control character U+0000, which no document text has [control-character]\n  delete it (an export or a copy left it there), or export the document again as plain text`,
    ],
    [
      'form-feed.txt',
      `${dir}/form-feed.txt:4:1  the text holds the control character U+000C, which no document text has [control-character]\n  delete it (an export or a copy left it there), or export the document again as plain text`,
    ],
  ] as const) {
    it(name, () => {
      assert.equal(refusal(name), message);
    });
  }
});

it('UTF-8 is decoded as TextDecoder with fatal errors decodes it, BOM dropped, on random bytes', () => {
  let seed = 3;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- one piece per code point, as intended (the config allows spreading `string`, not a literal)
  const pieces = [...'政策文库 abc\n\t']
    .map((c) => [...Buffer.from(c)])
    .concat([
      [0xef, 0xbb, 0xbf],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xe4, 0xb8],
      [0xff],
      [0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]);
  let utf8 = 0;
  for (let n = 0; n < 3000; n++) {
    const bytes = Uint8Array.from(
      Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => pieces[Math.floor(next() * (next() < 0.9 ? 11 : pieces.length))]!,
      ).flat(),
    );
    let expected: string | undefined;
    try {
      expected = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
        .decode(bytes)
        .replace(/\r\n?/g, '\n')
        .normalize('NFC');
    } catch {
      assert.equal(isUtf8(bytes), false, JSON.stringify([...bytes])); // the GB18030 path, unchanged
      continue;
    }
    if (expected.trim() === '') continue;
    assert.deepEqual(readSource('x.txt', bytes), { text: expected, encoding: 'utf-8' }, JSON.stringify([...bytes]));
    utf8++;
  }
  assert.ok(utf8 > 1000, `${utf8} UTF-8 samples`);
});
