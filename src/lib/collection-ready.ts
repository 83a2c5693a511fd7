/**
 * Lets Astro start while the build script still normalises the sources: scripts/build.ts hands
 * over the promise of the collection being written, and the collection's loader
 * (src/loaders/mdx-documents.ts) waits for it before reading the folder, so Astro's own start-up
 * (configuration, integrations, Vite) runs at the same time as the normalisation. The script and
 * the loader (loaded by Astro's Vite) hold separate copies of this module, so the promise lives
 * on globalThis. Without a build script in front (plain `astro build`), the loader goes on at once.
 */
const KEY = Symbol.for('policy-archive.collection-ready');
const globals = globalThis as { [KEY]?: Promise<unknown> };

/** Called by the build script with the promise of the collection being written. */
export function setCollectionReady(ready: Promise<unknown>): void {
  globals[KEY] = ready;
}

/** Resolves once the collection's folder is written (at once when nobody said it was being written). */
export async function collectionReady(): Promise<void> {
  await globals[KEY];
}
