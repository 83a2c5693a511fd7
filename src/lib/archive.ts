/**
 * The archive's derived data for pages: the collection and the registries are loaded once per
 * build (a memoised promise) and every cross-link is computed by buildArchive.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { docTypes } from '../schema/document.ts';
import { buildArchive, type Archive } from './build-archive.ts';
import { loadRegistries } from './registries.ts';

let archive: Promise<Archive & { entries: Map<string, CollectionEntry<'documents'>> }> | undefined;

/** The archive of this build; every page awaits the same promise. */
export function getArchive() {
  archive ??= (async () => {
    const [collection, registries] = await Promise.all([getCollection('documents'), loadRegistries()]);
    const built = buildArchive(collection.map((e) => e.data), registries.departments, registries.topics, docTypes);
    return { ...built, entries: new Map(collection.map((e) => [e.data.slug, e])) };
  })();
  return archive;
}
