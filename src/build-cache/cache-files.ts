/**
 * Where the caches that describe a folder live, and how a manifest is replaced only once the
 * site it describes is published. Cache files sit in the cache folder (ASTRO_CACHE_DIR, default
 * node_modules/.astro), under one subfolder per kind, named after a hash of the folder they
 * describe; never in the site.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The cache file of kind `area` (`pages`, `search-index`) describing `folder`, `suffix` telling files of one kind apart. */
export function cacheFileFor(area: string, folder: string, suffix: string, env: Record<string, string | undefined>): string {
  const name = createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 16);
  return resolve(process.cwd(), env['ASTRO_CACHE_DIR'] || 'node_modules/.astro', area, `${name}.${suffix}`);
}

/** Writes the next version of `file` beside it (`file.next`), for putNextInPlace. */
export function writeNext(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.next`, text);
}

/** Puts the version writeNext wrote in place of `file` (once the site it describes is published). */
export function putNextInPlace(file: string): void {
  if (existsSync(`${file}.next`)) renameSync(`${file}.next`, file);
}
