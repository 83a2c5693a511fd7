/**
 * Putting a new site in place of the published one, so that a reader or a later build always
 * finds a whole site: the new one, or the last one published.
 *
 * `dist/` stays a real folder (hosts copy it as it is), so publishing takes two renames: the
 * published site steps aside to `.dist.previous` beside it, then the new one takes its name.
 * A journal file (`.dist.publishing`) exists from just before the first rename to just after
 * the second; a build stopped between them leaves the site aside and the journal, and the next
 * build puts the site back before anything else. (Without a journal a missing `dist/` was
 * deleted on purpose and stays so.) The previous site is kept until the next publish; only a
 * site two publishes old goes to the trash.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where the site that `outDir` replaced waits: `.dist.previous` beside `dist`. */
export const previousSite = (outDir: string): string => join(dirname(outDir), `.${basename(outDir)}.previous`);

/** The journal of a publish under way: `.dist.publishing` beside `dist`. */
export const publishJournal = (outDir: string): string => join(dirname(outDir), `.${basename(outDir)}.publishing`);

/**
 * Puts the previous site back at `outDir` when a publish was stopped between its two renames
 * (its journal left, no `outDir`, a previous site); returns whether it did. Clears the journal.
 */
export async function restoreInterruptedPublish(outDir: string): Promise<boolean> {
  const journal = publishJournal(outDir);
  if (!existsSync(journal)) return false;
  const previous = previousSite(outDir);
  const restore = !existsSync(outDir) && existsSync(previous);
  if (restore) await rename(previous, outDir);
  await rm(journal, { force: true });
  return restore;
}

/**
 * Publishes `staging` as `outDir`: the site two publishes old goes into `trash` (as
 * `site-<tag>`), the published one becomes the previous site, the new one takes its place.
 */
export async function publishSite(staging: string, outDir: string, trash: string, tag: string): Promise<void> {
  const previous = previousSite(outDir);
  const journal = publishJournal(outDir);
  await mkdir(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) {
    if (existsSync(previous)) {
      await mkdir(trash, { recursive: true });
      // On another file system than the trash: deleted now, the published site untouched.
      await rename(previous, join(trash, `site-${tag}`)).catch(() => rm(previous, { recursive: true, force: true }));
    }
    await writeFile(journal, `${tag}\n`);
    await rename(outDir, previous);
  }
  await rename(staging, outDir);
  await rm(journal, { force: true });
}
