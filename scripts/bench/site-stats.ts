/** Sizes of a built site: pages, the output budget's figures, and bytes and files per kind of file. */
import { outputStats, type OutputStats } from '../../src/site/output-stats.ts';

export interface SiteStats extends OutputStats {
  pages: number;
  largestPage: { path: string; bytes: number };
  searchIndexBytes: number;
  /** Kind of file → bytes and files. */
  kinds: Map<string, { bytes: number; files: number }>;
  /** The site's first path segment (`topics`, `browse`, … or `/` for top-level pages) → its largest page. */
  largestBySection: Map<string, { path: string; bytes: number }>;
}

/** The kind of a site file, for the budget's breakdown. */
function kindOf(path: string): string {
  if (path.startsWith('search-index/')) return 'search index';
  if (/^documents\/[^/]+\/index\.html$/.test(path)) return 'document pages';
  if (path.endsWith('.html')) return 'other pages';
  if (/^data\/documents\/[^/]+\.txt$/.test(path)) return 'data: TXT copies';
  if (/^data\/(documents\/index\.json|parts\/|documents\.json$|documents\.csv$)/.test(path)) return 'data: corpus files';
  if (/^data\/documents\/[^/]+\.json$/.test(path)) return 'data: document JSON';
  if (path.startsWith('feeds/')) return 'feeds';
  if (/^sitemap/.test(path)) return 'sitemaps';
  return 'other';
}

export function siteStats(dir: string): SiteStats {
  const kinds = new Map<string, { bytes: number; files: number }>();
  let pages = 0;
  let largestPage = { path: '', bytes: 0 };
  const largestBySection = new Map<string, { path: string; bytes: number }>();
  const base = outputStats(dir, (path, bytes) => {
    const kind = kindOf(path);
    const k = kinds.get(kind) ?? kinds.set(kind, { bytes: 0, files: 0 }).get(kind)!;
    k.bytes += bytes;
    k.files++;
    if (path.endsWith('.html')) {
      pages++;
      if (bytes > largestPage.bytes) largestPage = { path, bytes };
      const section = path.includes('/') ? path.slice(0, path.indexOf('/')) : '/';
      if (bytes > (largestBySection.get(section)?.bytes ?? -1)) largestBySection.set(section, { path, bytes });
    }
  });
  return { ...base, pages, largestPage, searchIndexBytes: kinds.get('search index')?.bytes ?? 0, kinds, largestBySection };
}
