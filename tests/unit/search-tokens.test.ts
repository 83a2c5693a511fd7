import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactText, decodeChar, decodeTokens, encodeChar, queryTerm, textTokens } from '../../src/lib/search-tokens.ts';

test('中 (U+4E2D = 20013) is encoded as the 4 base-26 letters bdpt', () => {
  assert.equal(encodeChar('中'), 'bdpt');
  assert.equal(decodeChar('bdpt'), '中');
});

test('a text becomes one 8-letter token per character, the last paired with the end mark', () => {
  assert.deepEqual(textTokens('中医 药'), [encodeChar('中') + encodeChar('医'), encodeChar('医') + encodeChar('药'), `${encodeChar('药')}zzzz`]);
});

test('decoding the tokens gives the compacted text back, punctuation, digits and case kept', () => {
  const text = '吉科发医〔2023〕102号 GB/T 9704\n一、总则';
  assert.equal(decodeTokens(textTokens(text).join(' ')), '吉科发医〔2023〕102号GB/T9704一、总则');
});

test('a query of three characters is the exact phrase of its two bigram tokens', () => {
  assert.equal(queryTerm('产学研'), `"${encodeChar('产')}${encodeChar('学')} ${encodeChar('学')}${encodeChar('研')}"`);
});

test('a one-character query is the prefix shared by every bigram starting with it', () => {
  assert.equal(queryTerm(' 药 '), encodeChar('药'));
});

test('an empty or blank query has no term', () => {
  assert.equal(queryTerm(' \n'), null);
});

test('whitespace is ignored in the text searched', () => {
  assert.equal(compactText('十\n\n　　四五'), '十四五');
});
