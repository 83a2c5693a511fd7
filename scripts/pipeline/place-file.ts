import { copyFileSync, linkSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { FileWriter } from './file-writer.ts';

/**
 * Puts `file` with `bytes` into `outDir` (an edge: file I/O): linked from `previousDir` when
 * the file there has exactly these bytes, so it keeps its inode and times, else written by
 * `writer`. A file of that name already in `outDir` is replaced, never written through.
 * Returns whether it wrote.
 */
export function placeFile(outDir: string, previousDir: string | undefined, file: string, bytes: Uint8Array, writer: FileWriter): boolean {
  const to = join(outDir, file);
  const from = previousDir === undefined ? undefined : join(previousDir, file);
  if (from === undefined || !sameBytes(from, bytes)) {
    writer.write(to, bytes);
    return true;
  }
  try {
    linkSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      rmSync(to);
      return placeFile(outDir, previousDir, file, bytes, writer);
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
