/**
 * Incremental rendering on Astro's public API (`experimental.incrementalBuild`): every path of a
 * fingerprinted route comes with its view model, all that its page shows beyond the build key
 * (src/build-cache/build-key.ts), and its `cacheKey` is the sha256 of both. Astro skips a path whose
 * key and module graph are those of its last build and restores the file it wrote then.
 */
import { createHash } from 'node:crypto';
import { buildKey } from './build-key.ts';

/** A path a route can render, with the view model its page is rendered from. */
export interface Candidate<P, V = unknown> {
  params: P;
  /** The output file under the site's root, e.g. `documents/x/index.html`. */
  file: string;
  /** JSON-serialisable; must hold everything the file's content depends on besides the build key. */
  view: V;
}

/** The fingerprint of a file's view model under a build key. */
export const fingerprint = (key: string, file: string, view: unknown): string =>
  createHash('sha256')
    .update(`${key}\0${file}\0${JSON.stringify(view)}`)
    .digest('hex');

// Computed once per build: it hashes the project's code and registries.
let key: string | undefined;

/** getStaticPaths entries of the candidates, each with its cacheKey. */
export function cachedPaths<P>(candidates: readonly Candidate<P>[]): { params: P; cacheKey: string }[] {
  key ??= buildKey(process.cwd());
  const k = key;
  return candidates.map((c) => ({ params: c.params, cacheKey: fingerprint(k, c.file, c.view) }));
}
