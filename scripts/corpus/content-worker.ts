/** Worker thread of the build script: runs each ContentJob it is sent and posts back its result or error. */
import { parentPort } from 'node:worker_threads';
import { makeContentRunner, type ContentJob } from './content-jobs.ts';

const run = makeContentRunner();
/** The memory of a result's byte arrays moves to the main thread rather than being copied. */
const transferable = (result: unknown): ArrayBuffer[] =>
  result && typeof result === 'object'
    ? Object.values(result)
        .filter((v): v is Uint8Array => v instanceof Uint8Array)
        .map((v) => v.buffer as ArrayBuffer)
    : [];

async function answer({ id, job }: { id: number; job: ContentJob }): Promise<void> {
  try {
    const result = await run(job);
    parentPort!.postMessage({ id, result }, transferable(result));
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

// answer() posts its own errors back; the listener has nothing to wait for.
parentPort!.on('message', (message: { id: number; job: ContentJob }) => void answer(message));
