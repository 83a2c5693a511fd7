/**
 * A record's `url` in documents.json: its page under the base path, as src/lib/urls.ts
 * documentHref gives it to the site. One definition for the records the threads render and the
 * digest of them this thread hands to the site (src/lib/normalised-records.ts); a module of its
 * own so that the main thread need not load the renderer for it.
 */
export const recordUrl = (base: string, slug: string): string => `${base}documents/${slug}/`;
