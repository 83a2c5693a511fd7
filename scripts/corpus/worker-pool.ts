import { Worker } from 'node:worker_threads';

/** Threads that run jobs: each job goes to whichever thread is free, results come back in job order. */
export interface JobPool<J> {
  /** Runs `job` once on every thread (setup, shared data). */
  broadcast(job: J): Promise<void>;
  /**
   * Runs `jobs`, handing each result to `onResult` in job order as soon as it and every
   * earlier one are done; at most one job per thread is unfinished at any time. A result
   * comes from another thread, untyped: `onResult` asserts the type it expects.
   */
  map(jobs: readonly J[], onResult: (result: unknown, index: number) => void): Promise<void>;
  close(): Promise<void>;
}

type Send = (job: unknown) => Promise<unknown>;

/** Runs jobs on `size` worker threads of `script`, a module that answers `{ id, job }` with `{ id, result }` or `{ id, error }`. */
export function workerPool<J>(size: number, script: URL): JobPool<J> {
  const workers = Array.from({ length: size }, () => new Worker(script));
  const waiting = new Map<number, { ok: (r: unknown) => void; fail: (e: Error) => void; worker: Worker }>();
  let nextId = 0;
  let closing = false;
  const failAll = (worker: Worker, e: Error) => {
    for (const [id, w] of waiting) {
      if (w.worker !== worker) continue;
      waiting.delete(id);
      w.fail(e);
    }
  };
  for (const worker of workers) {
    worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const w = waiting.get(id);
      waiting.delete(id);
      if (error !== undefined) w?.fail(new Error(`in a build-content thread: ${error}`));
      else w?.ok(result);
    });
    worker.on('error', (e) => failAll(worker, e));
    worker.on('exit', (code) => {
      if (!closing) failAll(worker, new Error(`a build-content thread stopped with exit code ${code}`));
    });
  }
  const senders: Send[] = workers.map(
    (worker) => (job) =>
      new Promise((ok, fail) => {
        const id = nextId++;
        waiting.set(id, { ok, fail, worker });
        worker.postMessage({ id, job });
      }),
  );
  return {
    broadcast: async (job) => {
      await Promise.all(senders.map((send) => send(job)));
    },
    map: (jobs, onResult) => inOrder(senders, jobs, onResult),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Runs jobs in the calling thread, one after the other. */
export function inlinePool<J>(run: (job: J) => unknown): JobPool<J> {
  const send: Send = async (job) => await run(job as J);
  return {
    broadcast: async (job) => {
      await send(job);
    },
    map: (jobs, onResult) => inOrder([send], jobs, onResult),
    close: () => Promise.resolve(),
  };
}

/**
 * Feeds jobs to each sender as it becomes free and delivers results in job order. A thread
 * never runs more than two jobs per thread ahead of the oldest undelivered one, so results
 * waiting for a slow thread stay few however unevenly the threads are scheduled.
 */
async function inOrder(
  senders: readonly Send[],
  jobs: readonly unknown[],
  onResult: (result: unknown, index: number) => void,
): Promise<void> {
  const done = new Map<number, unknown>();
  const window = 2 * senders.length;
  let next = 0;
  let delivered = 0;
  let failed = false;
  let wake: (() => void)[] = [];
  const feed = async (send: Send) => {
    while (next < jobs.length && !failed) {
      if (next - delivered >= window) {
        await new Promise<void>((ok) => wake.push(ok));
        continue;
      }
      const i = next++;
      try {
        done.set(i, await send(jobs[i]));
        for (; done.has(delivered); delivered++) {
          onResult(done.get(delivered), delivered);
          done.delete(delivered);
        }
      } catch (e) {
        failed = true;
        throw e;
      } finally {
        const waiting = wake;
        wake = [];
        for (const ok of waiting) ok();
      }
    }
  };
  await Promise.all(senders.map(feed));
}
