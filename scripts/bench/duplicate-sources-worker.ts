/**
 * Worker thread of duplicate-sources.ts: normalises each source it is given (with its
 * correction, as the build does) and posts back what the corpus checks need of it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusEntry } from '../corpus/corpus-checks.ts';
import { contextOf, normaliseSource, type CorrectionSource } from '../corpus/normalise-corpus.ts';
import { readRegistries } from '../../src/registry/read-registries.ts';

const { contentDir, correctionsDir, paths } = workerData as { contentDir: string; correctionsDir: string; paths: string[] };
const context = contextOf(readRegistries(contentDir));
const corrections = new Map<string, CorrectionSource>(
  (existsSync(correctionsDir) ? readdirSync(correctionsDir).filter((n) => n.endsWith('.yaml')) : []).map((n) => {
    const path = join(correctionsDir, n);
    return [n.replace(/\.yaml$/, ''), { path, name: n.replace(/\.yaml$/, ''), text: readFileSync(path, 'utf8') }];
  }),
);
const entries: CorpusEntry[] = [];
for (const path of paths) {
  const name = basename(path);
  try {
    const { data } = normaliseSource(
      { path, name, bytes: readFileSync(path) },
      corrections.get(name.replace(/\.txt$/, '')),
      context,
    );
    entries.push({ path, source: data.source, slug: data.slug, docNumber: data.docNumber });
  } catch {
    // A source the build refuses on its own account: the build names it; it is no duplicate.
  }
}
parentPort!.postMessage(entries);
