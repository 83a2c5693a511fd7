import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CorrectionSource } from './corpus-checks.ts';
import { normaliseBatch, resolveBatch, type DocumentSetup } from './document-batch.ts';
import { contextOf } from './normalise-corpus.ts';
import type { Registries } from '../../src/registry/read-registries.ts';
import { RecordStore } from './record-store.ts';
import { SpillWriter, type SpillRef } from './spill-file.ts';
import type { CitationIndex } from './resolve-citations.ts';

/** What a thread of the build script is told once, as plain data (it crosses a worker boundary). */
export interface ContentSetup {
  inDir: string;
  registries: Registries;
  corrections: CorrectionSource[];
  /** The record cache's folder, or undefined when the cache is off. */
  cacheDir: string | undefined;
  /** cacheSalt(): what every cache key depends on besides the source. */
  salt: string;
  outDir: string;
  previousDir: string | undefined;
  base: string;
  /** A folder for the first pass to spill documents into (SpillWriter), one file per thread; undefined for none. */
  spillDir?: string | undefined;
  /** Whether a field read only by a fallback is an error (`--strict`). */
  strict?: boolean;
}

/**
 * The work of the build script's threads, in the order the script asks for it: a setup, the
 * pass over runs of sources (normaliseBatch), then, with the whole corpus's citation index,
 * the documents whose citations resolve (resolveBatch).
 */
export type ContentJob =
  | { kind: 'setup'; setup: ContentSetup }
  | { kind: 'normalise'; names: string[] }
  | { kind: 'citations'; citations: CitationIndex }
  | { kind: 'resolve'; items: { name: string; key: string; slug: string; spilled?: SpillRef | undefined }[] };

/**
 * A runner of ContentJobs holding one thread's state (the resolving context is built once
 * per thread from the registries it was sent). Returns each job's result: null, the result
 * of normaliseBatch or of resolveBatch.
 */
export function makeContentRunner(): (job: ContentJob) => unknown {
  // The batches return promises: they wait for their MDX files to be written.
  let setup: DocumentSetup | undefined;
  let citations: CitationIndex = { byTitle: new Map(), byNumber: new Map() };
  const ready = () => {
    if (!setup) throw new Error('a content job came before the setup');
    return setup;
  };
  return (job) => {
    switch (job.kind) {
      case 'setup': {
        const { registries, corrections, cacheDir, spillDir, strict, ...s } = job.setup;
        const spill = spillDir === undefined ? undefined : new SpillWriter(join(spillDir, `${threadId}.bin`));
        setup = {
          ...s,
          corrections: new Map(corrections.map((c) => [c.name, c])),
          context: contextOf(registries, strict),
          store: cacheDir === undefined ? undefined : new RecordStore(cacheDir),
          spill,
        };
        return null;
      }
      case 'normalise':
        return normaliseBatch(ready(), job.names);
      case 'citations':
        // The first pass is over: nothing more is spilled.
        ready().spill?.close();
        citations = job.citations;
        return null;
      case 'resolve':
        return resolveBatch(ready(), citations, job.items);
    }
  };
}
