/** The trie the department and topic matchers read texts with. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { StringTrie } from '../../src/registry/string-trie.ts';

const found = (trie: StringTrie<string>, text: string, at: number) => {
  const n = trie.matchesAt(text, at);
  return trie.values.slice(0, n).map((v, k) => `${v}:${trie.lengths[k]!}`);
};

it('every key that starts at a position is found, shortest first', () => {
  const trie = new StringTrie<string>();
  for (const key of ['人社厅', '人社', '省人社厅', '人民政府']) trie.add(key, key);
  assert.deepEqual(found(trie, '由省人社厅牵头', 2), ['人社:2', '人社厅:3']);
  assert.deepEqual(found(trie, '由省人社厅牵头', 1), ['省人社厅:4']);
});

it('a position whose character starts no key, or past the end, finds nothing', () => {
  const trie = new StringTrie<string>();
  trie.add('人社厅', 'a');
  assert.deepEqual(found(trie, '由省人社厅牵头', 0), []);
  assert.deepEqual(found(trie, '人社', 0), []);
  assert.deepEqual(found(trie, '人社厅', 3), []);
});

it('a key added twice keeps its first value', () => {
  const trie = new StringTrie<string>();
  trie.add('教育厅', 'first');
  trie.add('教育厅', 'second');
  assert.deepEqual(found(trie, '教育厅', 0), ['first:3']);
});
