/**
 * Putting a new site in place of the published one, so that a reader or a later build always
 * finds a whole site: the new one, or the last one published.
 *
 * `dist/` stays a real folder (hosts copy it as it is), so publishing takes two renames: the
 * published site steps aside to `.dist.previous` beside it, then the new one takes its name.
 * The previous site is kept there until the next publish; a build stopped between the two
 * renames leaves it there, and the next build puts it back before anything else. Only a site
 * two publishes old goes to the trash.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where the site that `outDir` replaced waits: `.dist.previous` beside `dist`. */
export const previousSite = (outDir: string): string => join(dirname(outDir), `.${basename(outDir)}.previous`);

/**
 * Puts the previous site back at `outDir` when a publish was stopped between its two renames
 * (no `outDir`, a previous site); returns whether it did.
 */
export async function restoreInterruptedPublish(outDir: string): Promise<boolean> {
  const previous = previousSite(outDir);
  if (existsSync(outDir) || !existsSync(previous)) return false;
  await rename(previous, outDir);
  return true;
}

/**
 * Publishes `staging` as `outDir`: the site two publishes old goes into `trash` (as
 * `site-<tag>`), the published one becomes the previous site, the new one takes its place.
 */
export async function publishSite(staging: string, outDir: string, trash: string, tag: string): Promise<void> {
  const previous = previousSite(outDir);
  await mkdir(dirname(outDir), { recursive: true });
  if (existsSync(previous) && existsSync(outDir)) {
    await mkdir(trash, { recursive: true });
    // On another file system than the trash: deleted now, the published site untouched.
    await rename(previous, join(trash, `site-${tag}`)).catch(() => rm(previous, { recursive: true, force: true }));
  }
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(staging, outDir);
}
