import { BuildError } from './build-error.ts';
import { makeDepartmentIndex } from './department-index.ts';
import { normaliseDocument, type NormaliseContext, type NormalisedDocument } from './normalise-document.ts';
import type { Registries } from './read-registries.ts';
import { readCorrection } from './read-correction.ts';
import { readSource } from './read-source.ts';
import { resolveCitations } from './resolve-citations.ts';

/** One raw source as read from disk: its path (for messages), file name and bytes. */
export interface RawSource {
  path: string;
  name: string;
  bytes: Uint8Array;
}

/** A correction file (content/corrections/<name>.yaml) as read from disk. */
export interface CorrectionSource {
  path: string;
  /** The source it corrects, without extension: 000_a53c656e4978de6c. */
  name: string;
  text: string;
}

/** A normalised document with where it was read from and in which encoding. */
export type CorpusDocument = NormalisedDocument & { path: string; encoding: 'utf-8' | 'gb18030' };

/** The resolving context of a set of registries. */
export function contextOf(registries: Registries): NormaliseContext {
  return { departments: makeDepartmentIndex(registries.departments), topics: registries.topics };
}

/** Normalises one source with its correction, if any. Throws BuildErrors (or an AggregateError of them). */
export function normaliseSource(source: RawSource, correction: CorrectionSource | undefined, context: NormaliseContext): CorpusDocument {
  try {
    const fix = correction ? readCorrection(correction.path, correction.text) : {};
    const { text, encoding } = readSource(source.path, source.bytes);
    return { ...normaliseDocument(source.name, text, context, fix), path: source.path, encoding };
  } catch (e) {
    if (e instanceof BuildError && e.file === source.name) throw e.withFile(source.path);
    throw e;
  }
}

/** The BuildErrors a thrown value carries; anything else is rethrown (a bug, not bad input). */
export function buildErrorsOf(e: unknown): BuildError[] {
  if (e instanceof BuildError) return [e];
  if (e instanceof AggregateError && e.errors.every((x) => x instanceof BuildError)) return e.errors as BuildError[];
  throw e;
}

/** Errors of correction files whose source does not exist. */
export function orphanCorrections(sourceNames: readonly string[], corrections: readonly CorrectionSource[]): BuildError[] {
  const names = new Set(sourceNames.map((n) => n.replace(/\.txt$/, '')));
  return corrections.filter((c) => !names.has(c.name)).map((c) => new BuildError(c.path, 1, 'correction-without-source', `no source ${c.name}.txt to correct`, 'rename the file after the source it corrects, or remove it'));
}

/**
 * What only the whole corpus shows: two sources with one slug or one 发文字号 are errors;
 * then citations are resolved across it. Throws an AggregateError of every error, in file order.
 */
export function finishCorpus<T extends { data: CorpusDocument['data']; path: string }>(documents: readonly T[], errors: readonly BuildError[]): T[] {
  const all = [...errors, ...duplicateErrors(documents.map((d) => ({ path: d.path, source: d.data.source, slug: d.data.slug, docNumber: d.data.docNumber })))];
  if (all.length > 0) throw new AggregateError(inFileOrder(all), `${all.length} error(s)`);
  const resolved = resolveCitations(documents.map((d) => d.data));
  return documents.map((d, i) => ({ ...d, data: resolved[i]! }));
}

/**
 * Normalises every source in memory, in file-name order, then finishes the corpus.
 * Throws an AggregateError of every BuildError found.
 */
export function normaliseCorpus(sources: readonly RawSource[], registries: Registries, corrections: readonly CorrectionSource[] = []): CorpusDocument[] {
  const context = contextOf(registries);
  const errors = orphanCorrections(sources.map((s) => s.name), corrections);
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

/** What the corpus-wide checks need of a document. */
export interface CorpusEntry {
  path: string;
  source: string;
  slug: string;
  docNumber: string | null;
}

/** Two sources that claim one slug or one 发文字号, in source order. */
export function duplicateErrors(entries: readonly CorpusEntry[]): BuildError[] {
  return [
    ...duplicates(entries, (d) => d.slug, 'duplicate-slug', 'slug', 'set a different slug in the correction file of one of them'),
    ...duplicates(entries, (d) => d.docNumber, 'duplicate-doc-number', '发文字号', 'remove the duplicate source, or correct docNumber in the correction file of the wrong one'),
  ];
}

function duplicates(entries: readonly CorpusEntry[], key: (d: CorpusEntry) => string | null, rule: string, what: string, hint: string): BuildError[] {
  const seen = new Map<string, CorpusEntry>();
  const errors: BuildError[] = [];
  for (const d of entries) {
    const k = key(d);
    if (k === null) continue;
    const first = seen.get(k);
    if (first) errors.push(new BuildError(d.path, 1, rule, `${what} "${k}" is also claimed by ${first.source}`, hint));
    else seen.set(k, d);
  }
  return errors;
}

/** Errors sorted by file, then line; ties keep the order they were found in. */
export function inFileOrder(errors: readonly BuildError[]): BuildError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
