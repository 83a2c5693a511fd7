import { existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * The JSON object a cache file holds, or undefined when there is none. A file that does not
 * read (cut short by a kill, edited, another format) is deleted with a one-line notice, and
 * the caller rebuilds what it held: a cache must never fail a build.
 */
export function readJsonCache(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    discard(file, e instanceof Error ? e.message : String(e));
    return undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  discard(file, 'not a JSON object');
  return undefined;
}

function discard(file: string, why: string): void {
  console.warn(`cache: ${file} does not read (${why}); discarded, it will be rebuilt`);
  rmSync(file, { force: true });
}
