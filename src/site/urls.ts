/** Base-aware internal URLs: every link of the site goes through here, never a hard-coded `/`. */
import { documentPath } from './document-paths.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `documents/x/` → `/archive/documents/x/` under BASE_PATH=/archive/. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The page URL of a document. */
export const documentHref = (slug: string) => href(documentPath(slug));

/** Absolute URL with SITE_URL, for permalinks, feeds and canonical links. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost/').toString();
}
