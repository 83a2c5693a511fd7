/**
 * The url and dates of every record of data/documents.json, handed from the route that writes
 * the file to the sitemap integration, which runs in the same process once the pages are
 * built: it then need not read the file back (90 MB at 10,000 documents). The routes (in Astro's
 * prerender bundle) and the integrations hold separate copies of this module, so the records
 * live on globalThis.
 */
import type { DatedRecord } from './sitemap.ts';

const KEY = Symbol.for('policy-archive.dated-records');
const globals = globalThis as { [KEY]?: DatedRecord[] | undefined };

/** Keeps the records data/documents.json was written from (called by its route). */
export function rememberDatedRecords(records: DatedRecord[]): void {
  globals[KEY] = records;
}

/** The records the route kept in this build, or undefined when it did not run here; then forgotten. */
export function takeDatedRecords(): DatedRecord[] | undefined {
  const records = globals[KEY];
  globals[KEY] = undefined;
  return records;
}
