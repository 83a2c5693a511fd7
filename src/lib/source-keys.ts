/**
 * The build script's cache key of every source (file name → key), handed by scripts/build.ts,
 * which runs the build script and then Astro in one process, to the route of
 * data/documents/<slug>.txt (the source, byte for byte). A source's key is a hash of its bytes
 * among other things, so it changes whenever they do and can stand for them in the file's view
 * model: the route need not read and hash every source (10,000 files) to fingerprint them. The
 * route (in Astro's prerender bundle) and scripts/build.ts hold separate copies of this module,
 * so the keys live on globalThis.
 */
const KEY = Symbol.for('policy-archive.source-keys');
const globals = globalThis as { [KEY]?: ReadonlyMap<string, string> | undefined };

/** Hands the keys over (scripts/build.ts, after the build script). */
export function handSourceKeys(keys: ReadonlyMap<string, string>): void {
  globals[KEY] = keys;
}

/** The build script's key of a source in this build, or undefined when none was handed over. */
export function sourceKeyOf(source: string): string | undefined {
  return globals[KEY]?.get(source);
}
