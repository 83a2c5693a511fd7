import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BuildError } from '../../scripts/pipeline/build-error.ts';
import { readSource } from '../../scripts/pipeline/read-source.ts';
import { splitLines } from '../../scripts/pipeline/split-lines.ts';
import { root } from './support/corpus.ts';

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
    assert.deepEqual(splitLines(read('nbsp-and-tabs.txt').text).map((l) => l.text), ['关于印发《示例办法》的通知', '各有关单位：', '现将\u00a0《示例办法》印发给你们。', '']);
  });
});

describe('refusals name the file, the line and what to do', () => {
  for (const [name, message] of [
    ['empty.txt', `${dir}/empty.txt:1:1  the file is empty [empty-source]\n  add the document text, or remove the file`],
    ['whitespace-only.txt', `${dir}/whitespace-only.txt:1:1  the file holds only whitespace [empty-source]\n  add the document text, or remove the file`],
    ['binary-with-nul.txt', `${dir}/binary-with-nul.txt:1:1  the file is binary, not text [binary-source]\n  export the document as plain text (UTF-8) and replace the file`],
    ['undecodable-bytes.txt', `${dir}/undecodable-bytes.txt:3:1  the text is neither UTF-8 nor GB18030/GBK (first bad byte at offset 17) [undecodable-source]\n  save the file as UTF-8 and try again`],
  ] as const) {
    it(name, () => {
      assert.equal(refusal(name), message);
    });
  }
});
