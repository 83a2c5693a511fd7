import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { NormalisedDocument } from '../ingest/normalise-document.ts';
import type { RenderedDocument } from '../emit/render-document.ts';

/** A normalised source without its blocks (they are in the body), as the report needs it. */
export type StoredDocument = Omit<NormalisedDocument, 'blocks'> & { encoding: 'utf-8' | 'gb18030' };

/**
 * Rendered documents on disk, one file per cache key (an edge: file I/O): what the build
 * needs of an unchanged source, so it is neither parsed nor serialised again. A file holds
 * one JSON line (identity, report digest and the byte lengths of the parts), then the MDX
 * file, the document's record and the documents.json and report.json entries as they are written. Files are written
 * aside and renamed into place, so a reader never sees half a record, and two builds may
 * share a folder.
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

  /** The document stored under `key`, or undefined when there is none (or it cannot be read). */
  read(key: string): RenderedDocument | undefined {
    try {
      return parseRecord(readFileSync(this.file(key)));
    } catch {
      return undefined;
    }
  }

  write(key: string, d: RenderedDocument): void {
    const head = JSON.stringify({
      identity: d.identity,
      digest: d.digest,
      lengths: [d.mdx.length, d.record.length, d.documentsEntry.length, d.reportEntry.length],
    });
    const aside = join(this.dir, `${key}.${process.pid}-${threadId}.tmp`);
    writeFileSync(aside, Buffer.concat([Buffer.from(`${head}\n`), d.mdx, d.record, d.documentsEntry, d.reportEntry]));
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

/** A record file's parts, or undefined when it is not one (cut short, not JSON). */
function parseRecord(bytes: Buffer): RenderedDocument | undefined {
  const end = bytes.indexOf(0x0a);
  try {
    const head = JSON.parse(bytes.toString('utf8', 0, end)) as Pick<RenderedDocument, 'identity' | 'digest'> & {
      lengths: unknown;
    };
    // A record of an older layout (three parts, no document record) is no record.
    if (end < 0 || !Array.isArray(head.lengths) || head.lengths.length !== 4) return undefined;
    const [mdx, record, documents, report] = head.lengths as [number, number, number, number];
    let at = end + 1;
    if (at + mdx + record + documents + report !== bytes.length) return undefined;
    const part = (n: number) => bytes.subarray(at, (at += n));
    return {
      identity: head.identity,
      digest: head.digest,
      mdx: part(mdx),
      record: part(record),
      documentsEntry: part(documents),
      reportEntry: part(report),
    };
  } catch {
    return undefined;
  }
}
