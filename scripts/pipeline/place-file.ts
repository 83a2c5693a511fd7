import { copyFileSync, linkSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts `file` with `bytes` into `outDir` (an edge: file I/O): linked from `previousDir` when
 * the file there has exactly these bytes, so it keeps its inode and times, else written.
 * Replaces a file of that name already in `outDir`. Returns whether it wrote.
 */
export function placeFile(outDir: string, previousDir: string | undefined, file: string, bytes: Uint8Array): boolean {
  const to = join(outDir, file);
  const from = previousDir === undefined ? undefined : join(previousDir, file);
  if (from === undefined || !sameBytes(from, bytes)) {
    writeFileSync(to, bytes);
    return true;
  }
  try {
    linkSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      rmSync(to);
      return placeFile(outDir, previousDir, file, bytes);
    }
    // Another file system, or no hard links: a copy with the old times will do.
    copyFileSync(from, to);
    const { atime, mtime } = statSync(from);
    utimesSync(to, atime, mtime);
  }
  return false;
}

function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}
