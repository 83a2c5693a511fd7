/** The checks that need the whole corpus: orphan corrections, duplicate slugs and numbers. */
import { BuildError } from '../../src/schema/build-error.ts';
import { normaliseDocNumber } from '../ingest/patterns.ts';

/** A correction file (content/corrections/<name>.yaml) as read from disk. */
export interface CorrectionSource {
  path: string;
  /** The source it corrects, without extension: 000_a53c656e4978de6c. */
  name: string;
  text: string;
}

/** Errors of correction files whose source does not exist. */
export function orphanCorrections(sourceNames: readonly string[], corrections: readonly CorrectionSource[]): BuildError[] {
  const names = new Set(sourceNames.map((n) => n.replace(/\.txt$/, '')));
  return corrections
    .filter((c) => !names.has(c.name))
    .map(
      (c) =>
        new BuildError(
          c.path,
          1,
          'correction-without-source',
          `no source ${c.name}.txt to correct`,
          'rename the file after the source it corrects, or remove it',
        ),
    );
}

/** What the corpus-wide checks need of a document. */
export interface CorpusEntry {
  path: string;
  source: string;
  slug: string;
  docNumber: string | null;
}

/**
 * Two sources that claim one slug or one 发文字号, in source order; numbers are compared in
 * the form normaliseDocNumber gives, so 〔2020〕 and [2020] are one number.
 */
export function duplicateErrors(entries: readonly CorpusEntry[]): BuildError[] {
  return [
    ...duplicates(
      entries,
      (d) => d.slug,
      (d) => d.slug,
      'duplicate-slug',
      'slug',
      'set a different slug in the correction file of one of them',
    ),
    ...duplicates(
      entries,
      (d) => (d.docNumber === null ? null : normaliseDocNumber(d.docNumber)),
      (d) => d.docNumber,
      'duplicate-doc-number',
      '发文字号',
      'remove the duplicate source, or correct docNumber in the correction file of the wrong one',
    ),
  ];
}

/** Errors of entries whose `key` an earlier entry has; messages quote `shown`, and the earlier writing when it differs. */
function duplicates(
  entries: readonly CorpusEntry[],
  key: (d: CorpusEntry) => string | null,
  shown: (d: CorpusEntry) => string | null,
  rule: string,
  what: string,
  hint: string,
): BuildError[] {
  const seen = new Map<string, CorpusEntry>();
  const errors: BuildError[] = [];
  for (const d of entries) {
    const k = key(d);
    if (k === null) continue;
    const first = seen.get(k);
    if (!first) seen.set(k, d);
    else {
      const as = shown(first) === shown(d) ? '' : ` as "${shown(first)}"`;
      errors.push(new BuildError(d.path, 1, rule, `${what} "${shown(d)}" is also claimed by ${first.source}${as}`, hint));
    }
  }
  return errors;
}

/** Errors sorted by file, then line; ties keep the order they were found in. */
export function inFileOrder(errors: readonly BuildError[]): BuildError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
