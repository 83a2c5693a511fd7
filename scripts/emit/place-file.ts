import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileWriter } from './file-writer.ts';

/**
 * Puts `file` with `bytes` into `outDir` through `writer`: linked from `previousDir` when the
 * file there has exactly these bytes, so it keeps its inode and times, else written. Returns
 * whether it wrote.
 */
export function placeFile(
  outDir: string,
  previousDir: string | undefined,
  file: string,
  bytes: Uint8Array,
  writer: FileWriter,
): boolean {
  const to = join(outDir, file);
  const from = previousDir === undefined ? undefined : join(previousDir, file);
  if (from !== undefined && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readOrEmpty(from))) {
    writer.link(from, to);
    return false;
  }
  writer.write(to, bytes);
  return true;
}

function readOrEmpty(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch {
    return new Uint8Array();
  }
}
