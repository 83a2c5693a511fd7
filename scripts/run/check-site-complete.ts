/**
 * The last check before a site is published: it has a page, a record and a source text for
 * every document the build script normalised. The collection Astro reads can change under it (deleted, replaced by
 * another build), and a site built from less than the normaliser wrote must not replace a
 * good one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The files every document has: its page, its record and its source text. */
const documentFiles = (slug: string) => [
  `documents/${slug}/index.html`,
  `data/documents/${slug}.json`,
  `data/documents/${slug}.txt`,
];

/** The files of `slugs` (documentFiles) that `site` lacks, in order. */
export function missingDocumentPages(site: string, slugs: readonly string[]): string[] {
  return slugs.flatMap(documentFiles).filter((file) => !existsSync(join(site, file)));
}

/** The error to stop the build with when pages are missing, or null. */
export function incompleteSiteError(site: string, slugs: readonly string[]): Error | null {
  const missing = missingDocumentPages(site, slugs);
  if (missing.length === 0) return null;
  const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ', …' : '');
  const error = new Error(
    `the new site lacks ${missing.length} of the files of the ${slugs.length} documents the build script normalised (${shown}): the collection changed while Astro read it, or a file could not be written. Run the build again, and let no other process change the collection meanwhile.`,
  );
  error.name = 'IncompleteSite';
  return error;
}
