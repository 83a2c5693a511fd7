import { BuildError } from './build-error.ts';
import { makeDepartmentIndex } from './department-index.ts';
import { normaliseDocument, type NormalisedDocument } from './normalise-document.ts';
import type { Registries } from './read-registries.ts';
import { readSource } from './read-source.ts';
import { resolveCitations } from './resolve-citations.ts';

/** One raw source as read from disk: its path (for messages), file name and bytes. */
export interface RawSource {
  path: string;
  name: string;
  bytes: Uint8Array;
}

/** A normalised document with the encoding it was read in. */
export type CorpusDocument = NormalisedDocument & { path: string; encoding: 'utf-8' | 'gb18030' };

/**
 * Normalises every source, then checks what only the whole corpus shows (two sources with one
 * slug or one 发文字号) and resolves citations across it. Sources are handled in file-name
 * order. Throws an AggregateError of every BuildError found.
 */
export function normaliseCorpus(sources: readonly RawSource[], registries: Registries): CorpusDocument[] {
  const context = { departments: makeDepartmentIndex(registries.departments), topics: registries.topics };
  const errors: BuildError[] = [];
  const documents: CorpusDocument[] = [];
  for (const source of [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    try {
      const { text, encoding } = readSource(source.path, source.bytes);
      documents.push({ ...normaliseDocument(source.name, text, context), path: source.path, encoding });
    } catch (e) {
      if (e instanceof BuildError) errors.push(e.file === source.path ? e : e.withFile(source.path));
      else throw e;
    }
  }
  errors.push(...duplicates(documents, (d) => d.data.slug, 'duplicate-slug', 'slug', 'set a different slug in the correction file of one of them'));
  errors.push(...duplicates(documents, (d) => d.data.docNumber, 'duplicate-doc-number', '发文字号', 'remove the duplicate source, or correct docNumber in the correction file of the wrong one'));
  if (errors.length > 0) throw new AggregateError(errors, `${errors.length} source(s) failed`);
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
