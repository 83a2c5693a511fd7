/** The corpus-wide open data in numbered parts: no part over PART_RECORDS records or PART_BYTES bytes. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { corpusParts, partPath, PART_BYTES, PART_RECORDS } from '../../src/open-data/corpus-parts.ts';

it('keeps a small corpus in one part', () => {
  assert.deepEqual(corpusParts([100, 200, 300]), [{ number: 1, from: 0, to: 3 }]);
});

it('gives an empty corpus one empty part', () => {
  assert.deepEqual(corpusParts([]), [{ number: 1, from: 0, to: 0 }]);
});

it('starts a new part after 5,000 records', () => {
  assert.equal(PART_RECORDS, 5_000);
  const parts = corpusParts(Array.from({ length: 12_001 }, () => 10));
  assert.deepEqual(parts, [
    { number: 1, from: 0, to: 5_000 },
    { number: 2, from: 5_000, to: 10_000 },
    { number: 3, from: 10_000, to: 12_001 },
  ]);
});

it('starts a new part before a record that would take it over 6 MiB, counting a separator per record', () => {
  assert.equal(PART_BYTES, 6_291_456);
  // Three records of 2 MiB take 6 MiB and two separators: the third does not fit beside the first two.
  const mib2 = 2 * 1024 * 1024;
  assert.deepEqual(corpusParts([mib2, mib2, mib2, 5]), [
    { number: 1, from: 0, to: 2 },
    { number: 2, from: 2, to: 4 },
  ]);
});

it('puts a record larger than a part in a part of its own', () => {
  assert.deepEqual(corpusParts([10, 7_000_000, 10]), [
    { number: 1, from: 0, to: 1 },
    { number: 2, from: 1, to: 2 },
    { number: 3, from: 2, to: 3 },
  ]);
});

it('numbers the part files with four digits', () => {
  assert.equal(partPath(1, 'json'), 'data/parts/documents-0001.json');
  assert.equal(partPath(12, 'csv'), 'data/parts/documents-0012.csv');
});
