/**
 * The archive's derived data for pages: the build script's records and the registries are
 * loaded once per build (a memoised promise) and every cross-link is computed by buildArchive.
 *
 * The pages read the records as the build script wrote them (its documents.json: every
 * document's frontmatter, in source order; the body of one document from its record file when
 * its page is rendered), not through Astro's content collection: the collection's loader
 * validates the same records in Astro's sync, but taking them from the collection would have
 * Astro bundle its whole data store into the pages (a 32 MB module at 10,000 documents: 4 s of
 * bundling and about 400 MB of memory in every build).
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { docTypes, type DocumentData } from '../schema/document.ts';
import { buildArchive, type Archive } from './build-archive.ts';
import { entrySummary, type EntryFile } from './document-text.ts';
import { readRegistries } from '../registry/read-registries.ts';
import { fileStamp } from '../build-cache/file-stamp.ts';
import { documentsFolder } from '../site/site-settings.ts';
import { RECORDS_FOLDER } from './document-record.ts';
import { jsonArrayElements } from './json-array-file.ts';

export interface LoadedArchive extends Archive {
  /** The summary of a document's body (documentSummary), read from its record once per build. */
  summaryOf: (d: DocumentData) => string;
  /** A document's record file, and its stamp, which stands for its content. */
  fileOf: (slug: string) => Required<EntryFile>;
}

let archive: Promise<LoadedArchive> | undefined;

/** The archive of this build; every page awaits the same promise. */
export function getArchive(): Promise<LoadedArchive> {
  archive ??= Promise.resolve().then(() => {
    const root = process.cwd();
    const dir = resolve(root, documentsFolder());
    // The build script's documents.json: the frontmatter of every document, plus its page URL.
    const file = join(dir, 'documents.json');
    if (!existsSync(file))
      throw new Error(
        `${file} is missing: the collection changed while Astro read it. Run the build again, and let no other process change the collection meanwhile.`,
      );
    // Element by element: read whole, the file passes V8's longest string near 90,000 documents.
    const docs: DocumentData[] = [];
    for (const record of jsonArrayElements(file)) {
      const { url: _url, ...d } = record as DocumentData & { url?: string };
      docs.push(d);
    }
    const registries = readRegistries(join(root, 'content'));
    const built = buildArchive(
      docs,
      // By slug: the order every listing of departments starts from.
      [...registries.departments].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
      registries.topics,
      docTypes,
    );
    const fileOf = (slug: string): Required<EntryFile> => {
      const filePath = join(dir, RECORDS_FOLDER, `${slug}.json`);
      // The build script writes a changed record as a new file and leaves an unchanged one in place.
      const digest = fileStamp(filePath);
      if (digest === null) throw new Error(`documents/${slug}: ${filePath} is missing; run the build again`);
      return { id: slug, filePath: relative(root, filePath), digest };
    };
    return { ...built, summaryOf: (d: DocumentData) => entrySummary(fileOf(d.slug)), fileOf };
  });
  return archive;
}
