import assert from 'node:assert/strict';
import { it } from 'node:test';
import { pagerNumbers } from '../../src/views/paginate.ts';

it('lists every page of a short listing', () => {
  assert.deepEqual(pagerNumbers(1, 1), [1]);
  assert.deepEqual(pagerNumbers(3, 6), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(pagerNumbers(1, 4), [1, 2, 3, 4]);
});

it('shows the first, the last and two on either side of the current page, with gaps', () => {
  assert.deepEqual(pagerNumbers(1, 631), [1, 2, 3, null, 631]);
  assert.deepEqual(pagerNumbers(300, 631), [1, null, 298, 299, 300, 301, 302, null, 631]);
  assert.deepEqual(pagerNumbers(631, 631), [1, null, 629, 630, 631]);
  // A single page left out is shown instead of a gap.
  assert.deepEqual(pagerNumbers(5, 10), [1, 2, 3, 4, 5, 6, 7, null, 10]);
  assert.deepEqual(pagerNumbers(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(pagerNumbers(5, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

it('never grows with the listing', () => {
  for (const total of [10, 1000, 100_000])
    for (const current of [1, 2, Math.floor(total / 2), total - 1, total])
      assert.ok(pagerNumbers(current, total).length <= 9, `${current} of ${total}`);
});
