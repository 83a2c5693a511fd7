/** Worker thread entry of the build script: runs one ChunkJob, posting each ChunkMessage, then null. */
import { parentPort, workerData } from 'node:worker_threads';
import { normaliseChunk, type ChunkJob } from './normalise-chunk.ts';

normaliseChunk(workerData as ChunkJob, (message) => parentPort!.postMessage(message));
parentPort!.postMessage(null);
