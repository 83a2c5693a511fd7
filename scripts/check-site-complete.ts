/**
 * The last check before a site is published: it has a page for every document the build
 * script normalised. The collection Astro reads can change under it (deleted, replaced by
 * another build), and a site built from less than the normaliser wrote must not replace a
 * good one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The document pages (`documents/<slug>/index.html`) of `slugs` that `site` lacks, in order. */
export function missingDocumentPages(site: string, slugs: readonly string[]): string[] {
  return slugs.map((slug) => `documents/${slug}/index.html`).filter((page) => !existsSync(join(site, page)));
}

/** The error to stop the build with when pages are missing, or null. */
export function incompleteSiteError(site: string, slugs: readonly string[]): Error | null {
  const missing = missingDocumentPages(site, slugs);
  if (missing.length === 0) return null;
  const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ', …' : '');
  const error = new Error(
    `the new site lacks the pages of ${missing.length} of the ${slugs.length} documents the build script normalised (${shown}): the collection changed while Astro read it. Run the build again, and let no other process change the collection meanwhile.`,
  );
  error.name = 'IncompleteSite';
  return error;
}
