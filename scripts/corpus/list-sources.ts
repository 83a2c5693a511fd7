import type { Dirent } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildError } from '../../src/schema/build-error.ts';

/**
 * The sources of a folder: the regular files named `*.txt` directly in it, in name order.
 * Anything else that is named like a source is an error naming it: a symbolic link (which could
 * publish any file of the machine), a folder, a FIFO or device, or another case of the
 * extension (`.TXT`), which would otherwise be skipped without a word.
 */
export async function listSources(dir: string): Promise<{ names: string[]; errors: BuildError[] }> {
  const names: string[] = [];
  const errors: BuildError[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (!/\.txt$/i.test(e.name)) continue;
    const refusal = await refusalOf(dir, e);
    if (refusal) errors.push(refusal);
    else names.push(e.name);
  }
  return { names, errors };
}

async function refusalOf(dir: string, e: Dirent): Promise<BuildError | null> {
  const path = join(dir, e.name);
  const refuse = (rule: string, message: string, hint: string) => new BuildError(path, 1, rule, message, hint);
  if (e.isSymbolicLink()) {
    return refuse(
      'source-not-a-file',
      `a symbolic link (to ${await readlink(path)}), not a file`,
      `put the document itself into ${dir}: links are not followed`,
    );
  }
  if (e.isDirectory())
    return refuse('source-not-a-file', 'a folder, not a file', 'rename or move the folder: sources are .txt files');
  if (!e.isFile()) return refuse('source-not-a-file', 'not a regular file', `put the document into ${dir} as a plain file`);
  if (!e.name.endsWith('.txt')) {
    const stem = e.name.slice(0, -4);
    return refuse('source-extension', `the extension is "${e.name.slice(-4)}", not ".txt"`, `rename it to ${stem}.txt`);
  }
  return null;
}
