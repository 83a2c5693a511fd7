import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { NormalisedDocument } from './normalise-document.ts';

/** A normalised source without its blocks (they are in the body), as the write pass needs it. */
export type StoredDocument = Omit<NormalisedDocument, 'blocks'> & { encoding: 'utf-8' | 'gb18030' };

/** What is stored per source: the record and its MDX body. */
export interface StoredRecord {
  document: StoredDocument;
  body: string;
}

/**
 * Normalised records on disk, one file per cache key (an edge: file I/O). A file holds the
 * record as one JSON line, then the MDX body. Files are written aside and renamed into place,
 * so a reader never sees half a record, and two builds may share a folder.
 */
export class RecordStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  private file(key: string): string {
    return join(this.dir, `${key}.record`);
  }

  /** The record stored under `key`, or undefined when there is none (or it cannot be read). */
  read(key: string): StoredRecord | undefined {
    let text: string;
    try {
      text = readFileSync(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
    const end = text.indexOf('\n');
    const document = end < 0 ? undefined : parsed<StoredDocument>(text.slice(0, end));
    return document ? { document, body: text.slice(end + 1) } : undefined;
  }

  write(key: string, record: StoredRecord): void {
    const aside = join(this.dir, `${key}.${process.pid}-${threadId}.tmp`);
    writeFileSync(aside, `${JSON.stringify(record.document)}\n${record.body}`);
    renameSync(aside, this.file(key));
  }

  /** Removes every record whose key is not in `keep`; returns how many it removed. */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (name.endsWith('.record') && !keep.has(name.slice(0, -'.record'.length))) {
        rmSync(join(this.dir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}

function parsed<T>(json: string): T | undefined {
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}
