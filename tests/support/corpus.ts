/** Shared by unit tests: the registries of content/ and the seed corpus, normalised once. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeDepartmentIndex } from '../../src/registry/department-resolver.ts';
import type { NormaliseContext } from '../../scripts/ingest/normalise-document.ts';
import { normaliseCorpus, type CorpusDocument } from '../../scripts/corpus/normalise-corpus.ts';
import { readRegistries } from '../../src/registry/read-registries.ts';

export const root = join(import.meta.dirname, '../..');
export const rawDir = join(root, 'content/raw');
export const registries = readRegistries(join(root, 'content'));
export const context: NormaliseContext = { departments: makeDepartmentIndex(registries.departments), topics: registries.topics };

let seeds: CorpusDocument[] | undefined;
/** The five seeds of content/raw, normalised as one corpus (citations resolved across it). */
export function seedCorpus(): CorpusDocument[] {
  seeds ??= normaliseCorpus(
    readdirSync(rawDir)
      .filter((n) => n.endsWith('.txt'))
      .map((name) => ({ path: join(rawDir, name), name, bytes: readFileSync(join(rawDir, name)) })),
    registries,
  );
  return seeds;
}
