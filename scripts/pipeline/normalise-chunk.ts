import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from './build-error.ts';
import { buildErrorsOf, contextOf, normaliseSource, type CorpusDocument, type CorrectionSource } from './normalise-corpus.ts';
import type { Registries } from './read-registries.ts';
import { toMdxBody } from './to-mdx.ts';

/** A slice of the sources for one thread: read, normalise, write each MDX body aside. */
export interface ChunkJob {
  inDir: string;
  /** Source file names, in order. */
  names: string[];
  /** Folder the MDX bodies go to, as `<source name>.body`. */
  bodyDir: string;
  registries: Registries;
  corrections: CorrectionSource[];
}

/** A normalised document without its blocks: the body is already written. */
export type ChunkDocument = Omit<CorpusDocument, 'blocks'>;

/** A BuildError as plain data, to cross a worker boundary. */
export type ErrorData = Pick<BuildError, 'file' | 'line' | 'column' | 'rule' | 'message' | 'hint'>;

/** What a chunk reports, one message per document as it goes, so no thread holds them all. */
export type ChunkMessage = { kind: 'document'; document: ChunkDocument } | { kind: 'errors'; errors: ErrorData[] };

export const toErrorData = (e: BuildError): ErrorData => ({ file: e.file, line: e.line, column: e.column, rule: e.rule, message: e.message, hint: e.hint });
export const fromErrorData = (e: ErrorData): BuildError => new BuildError(e.file, e.line, e.rule, e.message, e.hint, e.column);

/**
 * Normalises a slice of the sources (an edge: reads the sources, writes the bodies), handing
 * each record to `emit` as soon as it is made: memory holds one document's text at a time.
 */
export function normaliseChunk(job: ChunkJob, emit: (message: ChunkMessage) => void): void {
  const context = contextOf(job.registries);
  const byName = new Map(job.corrections.map((c) => [c.name, c]));
  for (const name of job.names) {
    const path = join(job.inDir, name);
    try {
      const { blocks, ...doc } = normaliseSource({ path, name, bytes: readFileSync(path) }, byName.get(name.replace(/\.txt$/, '')), context);
      writeFileSync(join(job.bodyDir, `${name}.body`), toMdxBody(blocks));
      emit({ kind: 'document', document: doc });
    } catch (e) {
      emit({ kind: 'errors', errors: buildErrorsOf(e).map(toErrorData) });
    }
  }
}
