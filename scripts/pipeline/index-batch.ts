import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toErrorData, type ErrorData } from './build-error.ts';
import { sourceKey } from './cache-key.ts';
import type { CorpusEntry, CorrectionSource } from './corpus-checks.ts';
import type { NormaliseContext } from './normalise-document.ts';
import { buildErrorsOf, outlineSource, targetOf } from './normalise-corpus.ts';
import type { RecordStore } from './record-store.ts';
import type { CitationTarget } from './resolve-citations.ts';

/** What one thread needs to read sources: where they are, their corrections, the registries, the cache. */
export interface SourceSetup {
  inDir: string;
  corrections: ReadonlyMap<string, CorrectionSource>;
  context: NormaliseContext;
  /** The record cache, or undefined when it is off. */
  store: RecordStore | undefined;
  /** cacheSalt(): what every cache key depends on besides the source. */
  salt: string;
}

/** What the corpus-wide steps need of a source, and where its record is cached. */
export interface IndexEntry extends CorpusEntry, CitationTarget {
  /** Source file name: 000_a53c656e4978de6c.txt. */
  name: string;
  /** Cache key ('' when the cache is off). */
  key: string;
  /** Whether the cache holds its record, so the second pass need not parse it. */
  reused: boolean;
}

/**
 * The first pass over a run of sources (an edge: reads them): each source's identity (slug,
 * 发文字号, title, attachments), from the cache when it holds the source's record, else from
 * reading the source as far as its outline. Returns the entries in source order and the
 * errors of the sources that could not be read.
 */
export function indexBatch(setup: SourceSetup, names: readonly string[]): { entries: IndexEntry[]; errors: ErrorData[] } {
  const entries: IndexEntry[] = [];
  const errors: ErrorData[] = [];
  for (const name of names) {
    const path = join(setup.inDir, name);
    const bytes = readFileSync(path);
    const correction = correctionOf(setup, name);
    const key = setup.store ? sourceKey(setup.salt, name, bytes, correction?.text) : '';
    let target = setup.store?.readTarget(key);
    const reused = target !== undefined;
    if (!target) {
      try {
        target = targetOf(outlineSource({ path, name, bytes }, correction).outline);
      } catch (e) {
        errors.push(...buildErrorsOf(e).map(toErrorData));
        continue;
      }
    }
    entries.push({ name, key, reused, path, source: name, slug: target.slug, docNumber: target.docNumber, title: target.title, attachments: target.attachments });
  }
  return { entries, errors };
}

/** The correction file of a source, if any. */
export const correctionOf = (setup: SourceSetup, name: string): CorrectionSource | undefined => setup.corrections.get(name.replace(/\.txt$/, ''));
