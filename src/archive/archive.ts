/**
 * The archive's derived data for pages: the collection and the registries are loaded once per
 * build (a memoised promise) and every cross-link is computed by buildArchive.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { docTypes, type DocumentData } from '../schema/document.ts';
import { buildArchive, type Archive } from './build-archive.ts';
import { entrySummary, type EntryFile } from './document-text.ts';
import { readRegistries } from '../registry/read-registries.ts';
import { join } from 'node:path';

export interface LoadedArchive extends Archive {
  entries: Map<string, CollectionEntry<'documents'>>;
  /** The summary of a document's body (documentSummary), read from its file once per build. */
  summaryOf: (d: DocumentData) => string;
  /** The file a document was loaded from, and its digest. */
  fileOf: (slug: string) => Required<EntryFile>;
}

let archive: Promise<LoadedArchive> | undefined;

/** The archive of this build; every page awaits the same promise. */
export function getArchive(): Promise<LoadedArchive> {
  archive ??= (async () => {
    const collection = await getCollection('documents');
    const registries = readRegistries(join(process.cwd(), 'content'));
    const built = buildArchive(
      collection.map((e) => e.data),
      // By slug: the order every listing of departments starts from.
      [...registries.departments].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
      registries.topics,
      docTypes,
    );
    const entries = new Map(collection.map((e) => [e.data.slug, e]));
    const fileOf = (slug: string) => {
      const { id, filePath, digest } = entries.get(slug)!;
      if (!filePath || digest === undefined) throw new Error(`documents/${id}: the collection entry names no file or digest`);
      return { id, filePath, digest };
    };
    return { ...built, entries, summaryOf: (d: DocumentData) => entrySummary(entries.get(d.slug)!), fileOf };
  })();
  return archive;
}
