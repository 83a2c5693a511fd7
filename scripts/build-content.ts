/**
 * The build script: normalises every raw source into an MDX file of the content collection
 * and writes documents.json beside them.
 *
 *   node scripts/build-content.ts [--in content/raw] [--out content/documents]
 *
 * Output goes to a temporary folder first and replaces the old output only when every
 * document succeeded, so a failed run never leaves a half-written collection.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildError } from './pipeline/build-error.ts';
import { normaliseDocument, type NormalisedDocument } from './pipeline/normalise-document.ts';
import { readSource } from './pipeline/read-source.ts';
import { toMdx } from './pipeline/to-mdx.ts';

export interface BuildContentOptions {
  inDir: string;
  outDir: string;
  /** Base path the site is served under, for the `url` of each record (default `/`). */
  base?: string;
}

/** One record of documents.json: the frontmatter plus where it came from and where it lives. */
export type DocumentRecord = NormalisedDocument['data'] & { url: string };

/** Runs the whole content build; throws an AggregateError of BuildErrors when any source fails. */
export async function buildContent(options: BuildContentOptions): Promise<{ documents: NormalisedDocument[]; records: DocumentRecord[] }> {
  const base = normaliseBase(options.base ?? '/');
  const names = (await readdir(options.inDir)).filter((n) => n.endsWith('.txt')).sort();
  const errors: BuildError[] = [];
  const documents: NormalisedDocument[] = [];
  for (const name of names) {
    const file = join(options.inDir, name);
    try {
      const { text } = readSource(file, await readFile(file));
      documents.push(normaliseDocument(name, text));
    } catch (e) {
      if (e instanceof BuildError) errors.push(withPath(e, file));
      else throw e;
    }
  }
  const seen = new Map<string, string>();
  for (const d of documents) {
    const other = seen.get(d.data.slug);
    if (other) errors.push(new BuildError(join(options.inDir, d.data.source), 1, 'duplicate-slug', `slug "${d.data.slug}" is also claimed by ${other}`, 'set a different slug in the correction file of one of them'));
    seen.set(d.data.slug, d.data.source);
  }
  if (errors.length > 0) throw new AggregateError(errors, `${errors.length} source(s) failed`);
  const records = documents.map((d) => ({ ...d.data, url: `${base}documents/${d.data.slug}/` }));
  await writeAtomically(options.outDir, async (tmp) => {
    for (const d of documents) await writeFile(join(tmp, `${d.data.slug}.mdx`), toMdx(d.data, d.blocks));
    await writeFile(join(tmp, 'documents.json'), `${JSON.stringify(records, null, 2)}\n`);
  });
  return { documents, records };
}

function withPath(e: BuildError, file: string): BuildError {
  return e.file === file ? e : new BuildError(file, e.line, e.rule, e.message, e.hint, e.column);
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
