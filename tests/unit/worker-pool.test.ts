/** The build script's thread pool: results in job order whatever order the threads finish in. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { inlinePool, workerPool } from '../../scripts/corpus/worker-pool.ts';

const script = new URL('../fixtures/worker-pool/echo-worker.ts', import.meta.url);
type Job = { value: number; delayMs: number; fail?: boolean };

it('results come back in job order though later jobs finish first, and every thread works', async () => {
  const pool = workerPool<Job>(2, script);
  try {
    const seen: number[] = [];
    const threads = new Set<number>();
    const jobs = Array.from({ length: 12 }, (_x, value) => ({ value, delayMs: (12 - value) * 3 }));
    await pool.map(jobs, (result, index) => {
      const r = result as { value: number; thread: number };
      assert.equal(r.value, index);
      seen.push(r.value);
      threads.add(r.thread);
    });
    assert.deepEqual(
      seen,
      jobs.map((j) => j.value),
    );
    assert.equal(threads.size, 2);
  } finally {
    await pool.close();
  }
});

it("a job's error fails the whole map with the thread's message", async () => {
  const pool = workerPool<Job>(2, script);
  try {
    await assert.rejects(
      pool.map(
        [
          { value: 1, delayMs: 1 },
          { value: 2, delayMs: 1, fail: true },
        ],
        () => undefined,
      ),
      /in a build-content thread: job 2 failed/,
    );
  } finally {
    await pool.close();
  }
});

it('the inline pool runs jobs in the calling thread, in order', async () => {
  const seen: number[] = [];
  await inlinePool<number>((n) => n * 2).map([1, 2, 3], (r) => seen.push(r as number));
  assert.deepEqual(seen, [2, 4, 6]);
});
