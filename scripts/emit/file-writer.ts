import { constants, copyFile, link as hardLink, stat, unlink, utimes, writeFile } from 'node:fs';

/**
 * Writes and links files in the background (an edge: file I/O), so a thread goes on
 * normalising while the file system creates them; creating a file can take far longer than
 * writing its bytes. A name already there (a link to the last run's file) is unlinked first,
 * never written through.
 */
export class FileWriter {
  private pending = 0;
  private failure: Error | undefined;
  private waiting: (() => void)[] = [];

  write(path: string, bytes: Uint8Array): void {
    this.run((done) => writeFile(path, bytes, { flag: 'wx' }, done), path);
  }

  /** Makes `path` the file `from` (a hard link, so it keeps its inode and times). */
  link(from: string, path: string): void {
    this.run((done) => hardLink(from, path, (e) => (e && e.code !== 'EEXIST' ? copyWithTimes(from, path, done) : done(e))), path);
  }

  /** Runs `op` on `path`, again after unlinking `path` when it exists. */
  private run(op: (done: (e: NodeJS.ErrnoException | null) => void) => void, path: string): void {
    this.pending++;
    const done = (e: NodeJS.ErrnoException | null) => {
      if (e?.code === 'EEXIST') {
        unlink(path, (u) => (u ? done(u) : op(done)));
        return;
      }
      if (e) this.failure ??= e;
      this.pending--;
      const waiting = this.waiting;
      this.waiting = [];
      for (const wake of waiting) wake();
    };
    op(done);
  }

  /** Resolves once at most `limit` writes are still pending; rejects with the first error. */
  async settle(limit = 0): Promise<void> {
    while (this.pending > limit) await new Promise<void>((wake) => this.waiting.push(wake));
    if (this.failure) throw this.failure;
  }
}

/** Another file system, or no hard links: a copy with the old times will do. */
function copyWithTimes(from: string, to: string, done: (e: NodeJS.ErrnoException | null) => void): void {
  copyFile(from, to, constants.COPYFILE_EXCL, (e) =>
    e ? done(e) : stat(from, (s, st) => (s ? done(s) : utimes(to, st.atime, st.mtime, done))),
  );
}
