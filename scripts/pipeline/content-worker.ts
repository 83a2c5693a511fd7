/** Worker thread of the build script: runs each ContentJob it is sent and posts back its result or error. */
import { parentPort } from 'node:worker_threads';
import { makeContentRunner, type ContentJob } from './content-jobs.ts';

const run = makeContentRunner();
parentPort!.on('message', ({ id, job }: { id: number; job: ContentJob }) => {
  try {
    parentPort!.postMessage({ id, result: run(job) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
