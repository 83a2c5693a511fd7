/**
 * The sources of a corpus the build would refuse as duplicates: the later of two sources with
 * one slug or one 发文字号 (the build's own corpus check, scripts/corpus/corpus-checks.ts, over
 * every source normalised as the build normalises it, on a worker thread per core). The
 * generated benchmark corpora have such pairs (make-corpus.mjs gives 23 pairs of its 100,000
 * sources one 发文字号), which `bench:scale` leaves out before it times anything.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { duplicateErrors, type CorpusEntry } from '../corpus/corpus-checks.ts';
import { correctionsBeside } from '../run/build-content.ts';
import type { BuildError } from '../../src/schema/build-error.ts';

/** The duplicate errors of the sources (`*.txt`) in `rawDir`, each naming the later source (`file`). */
export async function duplicateSources(
  rawDir: string,
  contentDir: string,
  threads = availableParallelism(),
): Promise<BuildError[]> {
  const paths = readdirSync(rawDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(rawDir, n));
  const share = Math.ceil(paths.length / Math.max(1, threads));
  // Contiguous runs of the sources in name order: their entries joined are in the build's order.
  const runs = await Promise.all(
    Array.from(
      { length: Math.ceil(paths.length / share) },
      (_, k) =>
        new Promise<CorpusEntry[]>((ok, fail) => {
          const worker = new Worker(new URL('./duplicate-sources-worker.ts', import.meta.url), {
            workerData: { contentDir, correctionsDir: correctionsBeside(rawDir), paths: paths.slice(k * share, (k + 1) * share) },
          });
          worker.once('message', (entries: CorpusEntry[]) => {
            ok(entries);
            void worker.terminate();
          });
          worker.once('error', fail);
        }),
    ),
  );
  return duplicateErrors(runs.flat());
}
