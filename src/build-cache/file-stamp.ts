import { statSync } from 'node:fs';

/**
 * A file's stamp: inode, size and modification time in ns; null when it is not a file. The build
 * script leaves an unchanged output file in place (linked, same inode) and writes a changed one
 * as a new file, so an equal stamp means equal bytes.
 */
export function fileStamp(path: string): string | null {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s?.isFile() ? `${s.ino}:${s.size}:${s.mtimeNs}` : null;
}
