import { copyFileSync, linkSync } from 'node:fs';

/**
 * Hard-links `from` to `to` and returns true, or copies it where a link is not possible (another
 * file system, no hard links) and returns false: a link keeps the file's inode and times, a copy
 * does not. Synchronous: tens of thousands of links awaited one by one take seconds.
 */
export function linkOrCopy(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw e;
    copyFileSync(from, to);
    return false;
  }
}
