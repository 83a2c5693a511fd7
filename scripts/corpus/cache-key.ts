import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/**
 * Files whose change can change a normalised record: the build script's stages, the code of
 * src/ they import (schemas, registries, the record's shape and dates) and the installed
 * libraries (through the lockfile). Relative to the project root.
 */
const NORMALISER_FOLDERS = [
  'scripts/ingest',
  'scripts/corpus',
  'scripts/emit',
  'scripts/report',
  'src/schema',
  'src/registry',
  'src/open-data',
  'src/archive',
  'src/site',
];

function normaliserFiles(): string[] {
  const folder = (dir: string) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
          .filter((n) => n.endsWith('.ts'))
          .map((n) => `${dir}/${n.split('\\').join('/')}`)
          .sort()
      : [];
  return [...NORMALISER_FOLDERS.flatMap(folder), 'package-lock.json'].filter((f) => existsSync(join(root, f)));
}

/**
 * A hash of everything a record depends on besides its own source: the normaliser's code
 * (and Node's version, for its Unicode and regular-expression tables), the registries in
 * `contentDir` (departments.yaml, topics.yaml) and the base path records' URLs start with.
 * Hex, 64 characters.
 */
export function cacheSalt(contentDir: string, base: string): string {
  const hash = createHash('sha256').update(`node ${process.version}\nbase ${base}\n`);
  for (const f of normaliserFiles())
    hash
      .update(`${f}\n`)
      .update(readFileSync(join(root, f)))
      .update('\n');
  for (const f of ['departments.yaml', 'topics.yaml'])
    hash
      .update(`${f}\n`)
      .update(readFileSync(join(contentDir, f)))
      .update('\n');
  return hash.digest('hex');
}

/**
 * The cache key of one source: a hash of the salt, its file name (the record names it and
 * its slug may hash it), its bytes and its correction file's text, if any. Hex, 64 characters.
 */
export function sourceKey(salt: string, name: string, bytes: Uint8Array, correction: string | undefined): string {
  const hash = createHash('sha256').update(`${salt}\n${name}\n${bytes.length}\n`).update(bytes);
  hash.update(correction === undefined ? '\nno correction' : `\ncorrection\n${correction}`);
  return hash.digest('hex');
}

/**
 * The cache key of a document rendered with its citations resolved: its source's key and
 * the slug each citation resolves to (null for none), in order. Hex, 64 characters.
 */
export function resolvedKey(key: string, resolved: readonly (string | null)[]): string {
  return createHash('sha256')
    .update(`${key}\nresolved ${JSON.stringify(resolved)}`)
    .digest('hex');
}
