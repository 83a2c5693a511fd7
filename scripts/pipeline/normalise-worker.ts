/** Worker thread entry of the build script: runs one ChunkJob and posts its ChunkResult. */
import { parentPort, workerData } from 'node:worker_threads';
import { normaliseChunk, type ChunkJob } from './normalise-chunk.ts';

parentPort!.postMessage(normaliseChunk(workerData as ChunkJob));
