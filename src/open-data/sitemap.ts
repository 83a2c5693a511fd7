/**
 * The sitemap (sitemaps.org 0.9) of the built site: every HTML page but the 404 page and pages
 * marked noindex. lastmod is a document's own date on its page; any other page takes the
 * newest date of the documents it links to (a listing's newest document); a page linking to
 * no dated document has no lastmod.
 */
import { xmlEscape } from '../views/atom-feed.ts';
import { documentDate } from '../archive/document-date.ts';
import { detached } from '../archive/detached-string.ts';

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

/**
 * The url and dates of each record of data/documents.json, from the file's lines: it is written
 * with a two-space indent (jsonResponse), so a record opens with `  {`, closes with `  }` and
 * its own fields are the lines indented by four spaces. The file (87 MB at 10,000 documents)
 * is read line by line and only these three fields kept.
 */
export async function* datedRecords(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<DatedRecord> {
  let fields: Record<string, unknown> = {};
  for await (const line of lines) {
    if (line === '  {') fields = {};
    else if (line === '  }' || line === '  },')
      yield {
        url: fields['url'] as string,
        dateWritten: (fields['dateWritten'] ?? null) as string | null,
        datePublished: (fields['datePublished'] ?? null) as string | null,
      };
    else {
      const m = /^ {4}"(url|dateWritten|datePublished)": (.*?),?$/.exec(line);
      if (m) fields[m[1]!] = JSON.parse(m[2]!);
    }
  }
}

/** `documents/x/index.html` → `/archive/documents/x/`; `404.html` → `/archive/404.html`. */
export function pagePath(file: string, base: string): string {
  const rel = file.split('\\').join('/');
  return `${base}${rel === 'index.html' ? '' : rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const HREF = /\shref="([^"]*)"/g;
const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/**
 * What the sitemap needs of a built page, so the page's HTML need not stay in memory: whether
 * it is listed, and the document pages it links to (fragments removed, each once, in order).
 * Dates are known only for document pages, so no other link can date a page.
 */
export interface PageFacts {
  /** URL path under the origin, base included. */
  path: string;
  listed: boolean;
  links: string[];
}

/** The facts of one built page; `base` as in BASE_PATH. */
export function pageFacts(page: BuiltPage, base: string): PageFacts {
  const documents = `${base}documents/`;
  const links = new Set<string>();
  for (const m of page.html.matchAll(HREF)) {
    const target = m[1]!.replace(/#.*$/, '');
    // A match is a view into the page: kept until the sitemap is written, it would keep the page.
    if (target.startsWith(documents)) links.add(detached(target));
  }
  return { path: page.path, listed: page.path !== `${base}404.html` && !NOINDEX.test(page.html), links: [...links] };
}

/** The page's lastmod as YYYY-MM-DD, or null. */
export function pageLastmod(page: Pick<PageFacts, 'path' | 'links'>, dates: ReadonlyMap<string, string | null>): string | null {
  if (dates.has(page.path)) return dates.get(page.path) ?? null;
  let newest: string | null = null;
  for (const link of page.links) {
    const d = dates.get(link);
    if (d && (!newest || d > newest)) newest = d;
  }
  return newest;
}

/** What the protocol allows one sitemap file: 50,000 URLs and 50 MiB (52,428,800 bytes). */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 52_428_800 };

const URLSET_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const URLSET_TAIL = '</urlset>\n';

/** One `<url>` line per listed page, sorted by path, with its lastmod. */
function urlLines(pages: readonly PageFacts[], records: readonly DatedRecord[], origin: string) {
  const dates = new Map(records.map((r) => [r.url, documentDate(r)]));
  return pages
    .filter((p) => p.listed)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((p) => {
      const lastmod = pageLastmod(p, dates);
      return {
        line: `  <url><loc>${xmlEscape(new URL(p.path, origin).toString())}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>\n`,
        lastmod,
      };
    });
}

/** The sitemap XML; URLs absolute from `origin` (SITE_URL), sorted by path. */
export function sitemapXml(pages: readonly PageFacts[], records: readonly DatedRecord[], origin: string): string {
  return (
    URLSET_HEAD +
    urlLines(pages, records, origin)
      .map((u) => u.line)
      .join('') +
    URLSET_TAIL
  );
}

/**
 * The site's sitemap files, path under the base → XML: sitemap.xml alone while it holds at most
 * `limits.urls` URLs in `limits.bytes` bytes; past that, sitemap.xml is a sitemap index of
 * sitemaps/sitemap-0001.xml, … (`base` as in BASE_PATH), each within the limits and dated by
 * its newest page.
 */
export function sitemapFiles(
  pages: readonly PageFacts[],
  records: readonly DatedRecord[],
  origin: string,
  base: string,
  limits = SITEMAP_LIMITS,
): Map<string, string> {
  const urls = urlLines(pages, records, origin);
  const room = limits.bytes - Buffer.byteLength(URLSET_HEAD + URLSET_TAIL);
  const files: { lines: string[]; bytes: number; lastmod: string | null }[] = [];
  for (const u of urls) {
    const bytes = Buffer.byteLength(u.line);
    let last = files[files.length - 1];
    if (!last || last.lines.length >= limits.urls || last.bytes + bytes > room)
      files.push((last = { lines: [], bytes: 0, lastmod: null }));
    last.lines.push(u.line);
    last.bytes += bytes;
    if (u.lastmod && (!last.lastmod || u.lastmod > last.lastmod)) last.lastmod = u.lastmod;
  }
  const xmlOf = (lines: string[]) => URLSET_HEAD + lines.join('') + URLSET_TAIL;
  if (files.length <= 1) return new Map([['sitemap.xml', xmlOf(files[0]?.lines ?? [])]]);
  const out = new Map<string, string>();
  const entries = files.map((f, i) => {
    const path = `sitemaps/sitemap-${String(i + 1).padStart(4, '0')}.xml`;
    out.set(path, xmlOf(f.lines));
    const loc = xmlEscape(new URL(`${base}${path}`, origin).toString());
    return `  <sitemap><loc>${loc}</loc>${f.lastmod ? `<lastmod>${f.lastmod}</lastmod>` : ''}</sitemap>\n`;
  });
  out.set(
    'sitemap.xml',
    `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</sitemapindex>\n`,
  );
  return out;
}
