/** Sizes of a built site: pages, total bytes, the largest page, the search index. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface SiteStats {
  pages: number;
  totalBytes: number;
  largestPage: { path: string; bytes: number };
  searchIndexBytes: number;
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else visit(path, statSync(path).size);
  }
}

/** Walks `dir`; `searchDirs` are the folders (relative to dir) that hold the search index. */
export function siteStats(dir: string, searchDirs: readonly string[] = ['search-index']): SiteStats {
  const stats: SiteStats = { pages: 0, totalBytes: 0, largestPage: { path: '', bytes: 0 }, searchIndexBytes: 0 };
  walk(dir, (path, bytes) => {
    const rel = relative(dir, path);
    stats.totalBytes += bytes;
    if (searchDirs.some((s) => rel.startsWith(`${s}/`))) stats.searchIndexBytes += bytes;
    if (rel.endsWith('.html')) {
      stats.pages++;
      if (bytes > stats.largestPage.bytes) stats.largestPage = { path: rel, bytes };
    }
  });
  return stats;
}
