import { BuildError } from '../../src/schema/build-error.ts';
import { duplicateErrors, inFileOrder, orphanCorrections, type CorrectionSource } from './corpus-checks.ts';
import { makeDepartmentIndex } from '../../src/registry/department-resolver.ts';
import { normaliseDocument, type NormaliseContext, type NormalisedDocument } from '../ingest/normalise-document.ts';
import type { Registries } from '../../src/registry/read-registries.ts';
import { readCorrection } from '../ingest/read-correction.ts';
import { readSource } from '../ingest/read-source.ts';
import { resolveCitations } from './resolve-citations.ts';

export type { CorrectionSource } from './corpus-checks.ts';

/** One raw source as read from disk: its path (for messages), file name and bytes. */
export interface RawSource {
  path: string;
  name: string;
  bytes: Uint8Array;
}

/** A normalised document with where it was read from and in which encoding. */
export type CorpusDocument = NormalisedDocument & { path: string; encoding: 'utf-8' | 'gb18030' };

/** The resolving context of a set of registries. */
export function contextOf(registries: Registries, strict = false): NormaliseContext {
  return { departments: makeDepartmentIndex(registries.departments), topics: registries.topics, strict };
}

/** Normalises one source with its correction, if any. Throws BuildErrors (or an AggregateError of them). */
export function normaliseSource(
  source: RawSource,
  correction: CorrectionSource | undefined,
  context: NormaliseContext,
): CorpusDocument {
  try {
    const fix = correction
      ? readCorrection(
          correction.path,
          correction.text,
          context.topics.map((t) => t.slug),
        )
      : {};
    const { text, encoding } = readSource(source.path, source.bytes);
    return { ...normaliseDocument(source.name, text, context, fix), path: source.path, encoding };
  } catch (e) {
    const here = (x: unknown) => (x instanceof BuildError && x.file === source.name ? x.withFile(source.path) : x);
    if (e instanceof AggregateError) throw new AggregateError(e.errors.map(here), e.message, { cause: e });
    throw here(e);
  }
}

/** The BuildErrors a thrown value carries; anything else is rethrown (a bug, not bad input). */
export function buildErrorsOf(e: unknown): BuildError[] {
  if (e instanceof BuildError) return [e];
  if (e instanceof AggregateError && e.errors.every((x) => x instanceof BuildError)) return e.errors;
  throw e;
}

/**
 * What only the whole corpus shows: two sources with one slug or one 发文字号 are errors;
 * then citations are resolved across it. Throws an AggregateError of every error, in file order.
 */
export function finishCorpus<T extends { data: CorpusDocument['data']; path: string }>(
  documents: readonly T[],
  errors: readonly BuildError[],
): T[] {
  const all = [
    ...errors,
    ...duplicateErrors(
      documents.map((d) => ({ path: d.path, source: d.data.source, slug: d.data.slug, docNumber: d.data.docNumber })),
    ),
  ];
  if (all.length > 0) throw new AggregateError(inFileOrder(all), `${all.length} error(s)`);
  const resolved = resolveCitations(documents.map((d) => d.data));
  return documents.map((d, i) => ({ ...d, data: resolved[i]! }));
}

/**
 * Normalises every source in memory, in file-name order, then finishes the corpus.
 * Throws an AggregateError of every BuildError found.
 */
export function normaliseCorpus(
  sources: readonly RawSource[],
  registries: Registries,
  corrections: readonly CorrectionSource[] = [],
): CorpusDocument[] {
  const context = contextOf(registries);
  const errors = orphanCorrections(
    sources.map((s) => s.name),
    corrections,
  );
  const documents: CorpusDocument[] = [];
  const byName = new Map(corrections.map((c) => [c.name, c]));
  for (const source of [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    try {
      documents.push(normaliseSource(source, byName.get(source.name.replace(/\.txt$/, '')), context));
    } catch (e) {
      errors.push(...buildErrorsOf(e));
    }
  }
  return finishCorpus(documents, errors);
}
