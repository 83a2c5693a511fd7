/**
 * The sitemap (sitemaps.org 0.9) of the built site: every HTML page but the 404 page and pages
 * marked noindex. lastmod is a document's own date on its page; any other page takes the
 * newest date of the documents it links to (a listing's newest document); a page linking to
 * no dated document has no lastmod.
 */
import { xmlEscape } from './atom-feed.ts';
import { documentDate } from './document-date.ts';

export interface BuiltPage {
  /** URL path under the origin, base included: `/archive/documents/x/`. */
  path: string;
  html: string;
}

export interface DatedRecord {
  /** Page path, base included, as in documents.json. */
  url: string;
  dateWritten: string | null;
  datePublished: string | null;
}

/** `documents/x/index.html` → `/archive/documents/x/`; `404.html` → `/archive/404.html`. */
export function pagePath(file: string, base: string): string {
  const rel = file.split('\\').join('/');
  return `${base}${rel === 'index.html' ? '' : rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const HREF = /\shref="([^"]*)"/g;
const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/** Whether a page belongs in the sitemap. */
export const isListed = (p: BuiltPage, base: string) => p.path !== `${base}404.html` && !NOINDEX.test(p.html);

/** The page's lastmod as YYYY-MM-DD, or null. */
export function pageLastmod(page: BuiltPage, dates: ReadonlyMap<string, string | null>): string | null {
  if (dates.has(page.path)) return dates.get(page.path) ?? null;
  let newest: string | null = null;
  for (const m of page.html.matchAll(HREF)) {
    const d = dates.get(m[1]!.replace(/#.*$/, ''));
    if (d && (!newest || d > newest)) newest = d;
  }
  return newest;
}

/** The sitemap XML; URLs absolute from `origin` (SITE_URL), sorted by path. */
export function sitemapXml(pages: readonly BuiltPage[], records: readonly DatedRecord[], origin: string, base: string): string {
  const dates = new Map(records.map((r) => [r.url, documentDate(r)]));
  const urls = pages
    .filter((p) => isListed(p, base))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((p) => {
      const lastmod = pageLastmod(p, dates);
      return `  <url><loc>${xmlEscape(new URL(p.path, origin).toString())}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    });
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
