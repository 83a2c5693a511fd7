import { BuildError } from './build-error.ts';
import { makeDepartmentIndex } from './department-index.ts';
import { normaliseDocument, type NormalisedDocument } from './normalise-document.ts';
import { readCorrection } from './read-correction.ts';
import type { Registries } from './read-registries.ts';
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

/** A normalised document with the encoding it was read in. */
export type CorpusDocument = NormalisedDocument & { path: string; encoding: 'utf-8' | 'gb18030' };

/**
 * Normalises every source, then checks what only the whole corpus shows (two sources with one
 * slug or one 发文字号) and resolves citations across it. Sources are handled in file-name
 * order. Throws an AggregateError of every BuildError found.
 */
export function normaliseCorpus(sources: readonly RawSource[], registries: Registries, corrections: readonly CorrectionSource[] = []): CorpusDocument[] {
  const context = { departments: makeDepartmentIndex(registries.departments), topics: registries.topics };
  const errors: BuildError[] = [];
  const documents: CorpusDocument[] = [];
  const byName = new Map(corrections.map((c) => [c.name, c]));
  const sourceNames = new Set(sources.map((s) => s.name.replace(/\.txt$/, '')));
  for (const c of corrections) {
    if (!sourceNames.has(c.name)) errors.push(new BuildError(c.path, 1, 'correction-without-source', `no source ${c.name}.txt to correct`, 'rename the file after the source it corrects, or remove it'));
  }
  for (const source of [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    try {
      const c = byName.get(source.name.replace(/\.txt$/, ''));
      const correction = c ? readCorrection(c.path, c.text) : {};
      const { text, encoding } = readSource(source.path, source.bytes);
      documents.push({ ...normaliseDocument(source.name, text, context, correction), path: source.path, encoding });
    } catch (e) {
      if (e instanceof AggregateError) errors.push(...(e.errors as BuildError[]));
      else if (e instanceof BuildError) errors.push(e.file === source.name ? e.withFile(source.path) : e);
      else throw e;
    }
  }
  errors.push(...duplicates(documents, (d) => d.data.slug, 'duplicate-slug', 'slug', 'set a different slug in the correction file of one of them'));
  errors.push(...duplicates(documents, (d) => d.data.docNumber, 'duplicate-doc-number', '发文字号', 'remove the duplicate source, or correct docNumber in the correction file of the wrong one'));
  if (errors.length > 0) throw new AggregateError(inFileOrder(errors), `${errors.length} error(s)`);
  const resolved = resolveCitations(documents.map((d) => d.data));
  return documents.map((d, i) => ({ ...d, data: resolved[i]! }));
}

function duplicates(documents: readonly CorpusDocument[], key: (d: CorpusDocument) => string | null, rule: string, what: string, hint: string): BuildError[] {
  const seen = new Map<string, CorpusDocument>();
  const errors: BuildError[] = [];
  for (const d of documents) {
    const k = key(d);
    if (k === null) continue;
    const first = seen.get(k);
    if (first) errors.push(new BuildError(d.path, 1, rule, `${what} "${k}" is also claimed by ${first.data.source}`, hint));
    else seen.set(k, d);
  }
  return errors;
}

/** Errors sorted by file, then line; ties keep the order they were found in. */
export function inFileOrder(errors: readonly BuildError[]): BuildError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
