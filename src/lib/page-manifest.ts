/**
 * The page cache's files, shared by the Astro build (src/lib/page-cache.ts) and
 * scripts/reuse-pages.ts: the manifest of the published output and the plan of the build in
 * progress. Both live in the cache folder (ASTRO_CACHE_DIR, default node_modules/.astro), under
 * `pages/`, named after the output folder they describe; never in the published site.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MANIFEST_VERSION = 1;

/** One output file of a fingerprinted path. */
export interface PageRecord {
  /** sha256 of the build key and the path's view model. */
  fp: string;
  /** The file as last written: inode, size and modification time in ns (see fileStamp). */
  stamp?: string;
  /** For an HTML page, what the sitemap keeps of it (src/lib/sitemap.ts pageFacts). */
  sitemap?: { listed: boolean; links: string[] };
  /** In a plan: the file is to be linked from the previous output rather than rendered. */
  reused?: boolean;
}

/** A manifest (the published output) or a plan (the build in progress), keyed by file path under the output. */
export interface PageManifest {
  version: number;
  /** The output folder the files are in (or will be). */
  outDir: string;
  /** The build key (src/lib/build-key.ts) of the build that wrote them: under another key no file can be reused. */
  key: string;
  pages: Record<string, PageRecord>;
}

/** The manifest and plan files of an output folder. */
export function cacheFiles(
  outDir: string,
  env: Record<string, string | undefined> = process.env,
): { manifest: string; plan: string } {
  const dir = resolve(process.cwd(), env['ASTRO_CACHE_DIR'] || 'node_modules/.astro', 'pages');
  const name = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return { manifest: join(dir, `${name}.json`), plan: join(dir, `${name}.plan.json`) };
}

/**
 * What identifies a file's content as written: `inode:size:mtime-ns`, or null when it is
 * missing. A file edited, replaced or rewritten since gets another stamp; a hard link keeps it.
 */
export function fileStamp(path: string): string | null {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s?.isFile() ? `${s.ino}:${s.size}:${s.mtimeNs}` : null;
}
