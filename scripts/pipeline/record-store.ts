import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { NormalisedDocument } from './normalise-document.ts';
import type { CitationTarget } from './resolve-citations.ts';

/** A normalised source without its blocks (they are in the body), as the write pass needs it. */
export type StoredDocument = Omit<NormalisedDocument, 'blocks'> & { encoding: 'utf-8' | 'gb18030' };

/** What is stored per source: what citations resolve to, the record and its MDX body. */
export interface StoredRecord {
  target: CitationTarget;
  document: StoredDocument;
  body: string;
}

/**
 * Normalised records on disk, one file per cache key (an edge: file I/O). A file holds three
 * parts: the citation target as one JSON line (so the corpus-wide pass reads only that), the
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

  private text(key: string): string | undefined {
    try {
      return readFileSync(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** The citation target of the record stored under `key`, or undefined when there is none. */
  readTarget(key: string): CitationTarget | undefined {
    const text = this.text(key);
    const end = text?.indexOf('\n') ?? -1;
    return end < 0 ? undefined : parsed<CitationTarget>(text!.slice(0, end));
  }

  /** The record stored under `key`, or undefined when there is none (or it cannot be read). */
  read(key: string): StoredRecord | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const first = text.indexOf('\n');
    const second = text.indexOf('\n', first + 1);
    if (first < 0 || second < 0) return undefined;
    const target = parsed<CitationTarget>(text.slice(0, first));
    const document = parsed<StoredDocument>(text.slice(first + 1, second));
    return target && document ? { target, document, body: text.slice(second + 1) } : undefined;
  }

  write(key: string, record: StoredRecord): void {
    const aside = join(this.dir, `${key}.${process.pid}-${threadId}.tmp`);
    writeFileSync(aside, `${JSON.stringify(record.target)}\n${JSON.stringify(record.document)}\n${record.body}`);
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
