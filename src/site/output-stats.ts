/**
 * What a static host counts of a built site: its bytes, its files, its largest file and the
 * folder holding the most files. Every path counts as a file of its own (a hard link too: a
 * host stores each path it serves).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface OutputStats {
  totalBytes: number;
  files: number;
  /** Path relative to the site folder, `/` separated. */
  largestFile: { path: string; bytes: number };
  /** The folder with the most files directly in it ('' for the site folder itself). */
  fullestFolder: { path: string; files: number };
}

const slashed = (p: string) => p.split('\\').join('/');

/** Walks the site folder `dir`; `visit`, when given, sees every file with its size. */
export function outputStats(dir: string, visit?: (path: string, bytes: number) => void): OutputStats {
  const stats: OutputStats = {
    totalBytes: 0,
    files: 0,
    largestFile: { path: '', bytes: 0 },
    fullestFolder: { path: '', files: 0 },
  };
  const walk = (folder: string): void => {
    let here = 0;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const bytes = statSync(path).size;
      const rel = slashed(relative(dir, path));
      here++;
      stats.files++;
      stats.totalBytes += bytes;
      if (bytes > stats.largestFile.bytes) stats.largestFile = { path: rel, bytes };
      visit?.(rel, bytes);
    }
    if (here > stats.fullestFolder.files) stats.fullestFolder = { path: slashed(relative(dir, folder)), files: here };
  };
  walk(dir);
  return stats;
}
