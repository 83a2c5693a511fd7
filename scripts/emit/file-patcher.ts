import { closeSync, openSync, readSync, renameSync, writeSync } from 'node:fs';

/**
 * Rewrites a file with some byte ranges replaced, streaming it through a small buffer (an
 * edge: file I/O). Ranges are replaced in increasing order; finish() copies the rest and
 * puts the new file in the old one's place.
 */
export class FilePatcher {
  private readonly file: string;
  private readonly from: number;
  private readonly to: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private at = 0;

  constructor(file: string) {
    this.file = file;
    this.from = openSync(file, 'r');
    this.to = openSync(`${file}.patched`, 'w');
  }

  /** Replaces `length` bytes at `start` (after every range replaced so far) by `bytes`. */
  replace(start: number, length: number, bytes: Uint8Array): void {
    this.copy(start);
    writeSync(this.to, bytes);
    this.at = start + length;
  }

  finish(): void {
    this.copy(Infinity);
    closeSync(this.from);
    closeSync(this.to);
    renameSync(`${this.file}.patched`, this.file);
  }

  /** Copies the original from where it was left up to `end` (or its end). */
  private copy(end: number): void {
    while (this.at < end) {
      const read = readSync(this.from, this.buffer, 0, Math.min(this.buffer.length, end - this.at), this.at);
      if (read === 0) return;
      writeSync(this.to, this.buffer, 0, read);
      this.at += read;
    }
  }
}
