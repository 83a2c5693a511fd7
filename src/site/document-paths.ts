/**
 * Where a document lives in the site, relative to the base path: one definition for the build
 * script, which writes the paths into each record under the base it is given, and the pages,
 * which prefix the base Astro was configured with (src/site/urls.ts). No import.meta.env here,
 * so plain Node (the build script's threads) can load it.
 */

/** A document's page, relative to the base path: `documents/jl-wfyz-2020-49/`. */
export const documentPath = (slug: string): string => `documents/${slug}/`;

/** A document's source text, relative to the base path. */
export const sourceTextPath = (slug: string): string => `data/documents/${slug}.txt`;

/** A record's `url` in documents.json: its page under `base` (`/`, `/archive/`). */
export const recordUrl = (base: string, slug: string): string => `${base}${documentPath(slug)}`;

/** The paths a document's record names: its page and its source text, under `base`. */
export const recordPaths = (base: string, slug: string): { url: string; sourceText: string } => ({
  url: recordUrl(base, slug),
  sourceText: `${base}${sourceTextPath(slug)}`,
});
