import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/** Where a value was spilled: any thread can read it back. */
export interface SpillRef {
  file: string;
  offset: number;
  length: number;
}

/**
 * Values written aside to a file of one thread, to be read back later by any thread (an edge:
 * file I/O). The build script's first pass spills each normalised document that cites
 * something, so that the second pass, which resolves citations against the whole corpus,
 * renders it again without normalising its source again; memory stays flat in the number of
 * documents, since the values live in the file (the page cache), not in the heap.
 */
export class SpillWriter {
  private readonly file: string;
  private fd: number | undefined;
  private offset = 0;

  constructor(file: string) {
    this.file = file;
  }

  write(value: unknown): SpillRef {
    const bytes = serialize(value);
    this.fd ??= openSync(this.file, 'w');
    writeSync(this.fd, bytes, 0, bytes.length, this.offset);
    const ref = { file: this.file, offset: this.offset, length: bytes.length };
    this.offset += bytes.length;
    return ref;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** A spilled value, read back. */
export function readSpill(ref: SpillRef): unknown {
  const fd = openSync(ref.file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(ref.length);
    let read = 0;
    while (read < ref.length) {
      const n = readSync(fd, bytes, read, ref.length - read, ref.offset + read);
      if (n === 0)
        throw new Error(
          `${ref.file}: ends before byte ${ref.offset + ref.length}; this build's temporary copy of a normalised document is cut short (is the disk full?). Free some space and run the build again`,
        );
      read += n;
    }
    return deserialize(bytes);
  } finally {
    closeSync(fd);
  }
}
