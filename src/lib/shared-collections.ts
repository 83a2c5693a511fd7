/**
 * The content layer's entries, shared in memory with the built pages of the same process.
 *
 * A static build syncs the collections (our loader, src/loaders/mdx-documents.ts, filling
 * Astro's data store) and then, in the same process, runs the pages, whose content runtime
 * loads the store again: from the file (src/integrations/data-store-from-file.ts), parsed and
 * rebuilt entry by entry, a second copy of every document's frontmatter (38 MB of JSON at
 * 10,000 documents) for the garbage collector to trace. Astro's runtime takes a Map of
 * collections as it is, so the loader shares its collection's entries here and the store module
 * hands the pages a Map of those very objects; nothing is copied. The entries are Astro's own
 * store's, which the pages only read.
 *
 * The loader and the pages' store module are separate copies of this code (the config is
 * loaded apart from the pages' bundle), so the registry lives on globalThis.
 */
const KEY = Symbol.for('policy-archive.shared-collections');

type Registry = Record<string, () => [string, unknown][]>;
const globals = globalThis as { [KEY]?: Registry | undefined };

/** Shares a collection's entries as its loader's store holds them (called by the loader at each sync). */
export function shareCollection(name: string, entries: () => [string, unknown][]): void {
  (globals[KEY] ??= {})[name] = entries;
}

/** Forgets what an earlier build of this process shared (at the start of a build, before its sync). */
export function forgetSharedCollections(): void {
  globals[KEY] = undefined;
}

/** The shared collections as Astro's data store module gives them (collection → id → entry), or undefined when none were shared. */
export function sharedCollections(): Map<string, Map<string, unknown>> | undefined {
  const registry = globals[KEY];
  if (!registry) return undefined;
  return new Map(Object.entries(registry).map(([name, entries]) => [name, new Map(entries())]));
}
