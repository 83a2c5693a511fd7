import type { CorrectionSource } from './corpus-checks.ts';
import { indexBatch, type SourceSetup } from './index-batch.ts';
import { contextOf } from './normalise-corpus.ts';
import type { Registries } from './read-registries.ts';
import { RecordStore } from './record-store.ts';
import type { CitationIndex } from './resolve-citations.ts';
import { writeBatch, type WriteItem, type WriteSetup } from './write-batch.ts';

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
}

/**
 * The work of the build script's threads, in the order the script asks for it: a setup, the
 * first pass over runs of sources, the citation index of the whole corpus, the second pass
 * (`write` false: only look for errors, the run has failed already).
 */
export type ContentJob =
  | { kind: 'setup'; setup: ContentSetup }
  | { kind: 'index'; names: string[] }
  | { kind: 'citations'; citations: CitationIndex }
  | { kind: 'write'; items: WriteItem[]; write: boolean };

/**
 * A runner of ContentJobs holding one thread's state (the resolving context is built once
 * per thread from the registries it was sent). Returns each job's result: null, the result
 * of indexBatch or of writeBatch.
 */
export function makeContentRunner(): (job: ContentJob) => unknown {
  let state: (SourceSetup & WriteSetup) | undefined;
  const ready = () => {
    if (!state) throw new Error('a content job came before the setup');
    return state;
  };
  return (job) => {
    switch (job.kind) {
      case 'setup': {
        const { registries, corrections, cacheDir, ...s } = job.setup;
        const citations: CitationIndex = { byTitle: new Map(), byNumber: new Map() };
        state = { ...s, corrections: new Map(corrections.map((c) => [c.name, c])), context: contextOf(registries), store: cacheDir === undefined ? undefined : new RecordStore(cacheDir), citations };
        return null;
      }
      case 'index':
        return indexBatch(ready(), job.names);
      case 'citations':
        ready().citations = job.citations;
        return null;
      case 'write':
        return writeBatch(ready(), job.items, job.write);
    }
  };
}
