/**
 * The build script: normalises every raw source into an MDX file of the content collection
 * and writes documents.json beside them.
 *
 *   node scripts/build-content.ts [--in content/raw] [--out content/documents]
 *
 * Output goes to a temporary folder first and replaces the old output only when every
 * document succeeded, so a failed run never leaves a half-written collection.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildError } from './pipeline/build-error.ts';
import { normaliseCorpus, type CorpusDocument, type CorrectionSource, type RawSource } from './pipeline/normalise-corpus.ts';
import { readRegistries } from './pipeline/read-registries.ts';
import { toMdx } from './pipeline/to-mdx.ts';

export interface BuildContentOptions {
  inDir: string;
  outDir: string;
  /** Folder of departments.yaml, topics.yaml and corrections/ (default content). */
  contentDir?: string;
  /** Base path the site is served under, for the `url` of each record (default `/`). */
  base?: string;
}

/** One record of documents.json: the frontmatter plus where it came from and where it lives. */
export type DocumentRecord = CorpusDocument['data'] & { url: string };

/** Runs the whole content build; throws an AggregateError of BuildErrors when any source fails. */
export async function buildContent(options: BuildContentOptions): Promise<{ documents: CorpusDocument[]; records: DocumentRecord[] }> {
  const base = normaliseBase(options.base ?? '/');
  const registries = readRegistries(options.contentDir ?? 'content');
  const names = (await readdir(options.inDir)).filter((n) => n.endsWith('.txt')).sort();
  const sources: RawSource[] = [];
  for (const name of names) {
    const path = join(options.inDir, name);
    sources.push({ path, name, bytes: await readFile(path) });
  }
  const documents = normaliseCorpus(sources, registries, await readCorrections(join(options.contentDir ?? 'content', 'corrections')));
  const records = documents.map((d) => ({ ...d.data, url: `${base}documents/${d.data.slug}/` }));
  await writeAtomically(options.outDir, async (tmp) => {
    for (const d of documents) await writeFile(join(tmp, `${d.data.slug}.mdx`), toMdx(d.data, d.blocks));
    await writeFile(join(tmp, 'documents.json'), `${JSON.stringify(records, null, 2)}\n`);
  });
  return { documents, records };
}

/** The correction files of a folder (none when it does not exist), in name order. */
async function readCorrections(dir: string): Promise<CorrectionSource[]> {
  const names = existsSync(dir) ? (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort() : [];
  const out: CorrectionSource[] = [];
  for (const n of names) out.push({ path: join(dir, n), name: n.replace(/\.yaml$/, ''), text: await readFile(join(dir, n), 'utf8') });
  return out;
}

/** `/archive` → `/archive/`; `` → `/`. */
export function normaliseBase(base: string): string {
  const b = `/${base}/`.replace(/\/+/g, '/');
  return b;
}

/** Fills a sibling temporary folder, then swaps it in for `dir`. */
export async function writeAtomically(dir: string, fill: (tmp: string) => Promise<void>): Promise<void> {
  const target = resolve(dir);
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    await fill(tmp);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = `${tmp}-old`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch(() => undefined);
  await rename(tmp, target);
  await rm(old, { recursive: true, force: true });
}

/** Prints every BuildError in file order and exits non-zero. */
export function reportFailure(e: unknown): never {
  const errors = e instanceof AggregateError ? e.errors : [e];
  for (const err of errors) console.error(err instanceof BuildError ? err.format() : err);
  console.error(`\nbuild-content: ${errors.length} error(s); nothing was written.`);
  process.exit(1);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { in: { type: 'string', default: 'content/raw' }, out: { type: 'string', default: 'content/documents' } } });
  try {
    const { documents } = await buildContent({ inDir: values.in, outDir: values.out, base: process.env['BASE_PATH'] ?? '/' });
    console.log(`build-content: ${documents.length} document(s) → ${values.out}`);
  } catch (e) {
    reportFailure(e);
  }
}
