/**
 * A record's `url` in documents.json: its page under the base path, as src/site/urls.ts
 * documentHref gives it to the site. One definition for the records the threads render and the
 * list of documents the main thread returns; a module of its own so that the main thread need
 * not load the renderer for it.
 */
export const recordUrl = (base: string, slug: string): string => `${base}documents/${slug}/`;

/** The paths a document's record names: its page and its source text, under the base path. */
export const recordPaths = (base: string, slug: string): { url: string; sourceText: string } => ({
  url: recordUrl(base, slug),
  sourceText: `${base}data/documents/${slug}.txt`,
});
