import { unlink, writeFile } from 'node:fs';

/**
 * Writes files in the background (an edge: file I/O), so a thread goes on normalising while
 * the file system creates them; creating a file can take far longer than writing its bytes.
 * A file is always created anew: a name already there (a link to the last run's file) is
 * unlinked first, never written through.
 */
export class FileWriter {
  private pending = 0;
  private failure: Error | undefined;
  private waiting: (() => void)[] = [];

  write(path: string, bytes: Uint8Array): void {
    this.pending++;
    const done = (e: NodeJS.ErrnoException | null) => {
      if (e?.code === 'EEXIST') return unlink(path, (u) => (u ? done(u) : writeFile(path, bytes, { flag: 'wx' }, done)));
      if (e) this.failure ??= e;
      this.pending--;
      const waiting = this.waiting;
      this.waiting = [];
      for (const wake of waiting) wake();
    };
    writeFile(path, bytes, { flag: 'wx' }, done);
  }

  /** Resolves once at most `limit` writes are still pending; rejects with the first error. */
  async settle(limit = 0): Promise<void> {
    while (this.pending > limit) await new Promise<void>((wake) => this.waiting.push(wake));
    if (this.failure) throw this.failure;
  }
}
