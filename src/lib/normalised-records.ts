/**
 * Publishing the build script's documents.json (beside the MDX files it writes) as the site's
 * data/documents.json, without the site serialising 90 MB again at 10,000 documents, nor even
 * reading it: the build script writes every record as the route does (the frontmatter plus the
 * page URL, JSON.stringify with a two-space indent, in source order) and keeps the entries of
 * unchanged documents from its cache; a unit test holds the two byte-identical.
 *
 * The build script describes the file it wrote (NormalisedRecords: its stamp and a digest of
 * the records' slugs and page URLs in order), and scripts/build.ts, which runs it and then Astro
 * in one process, hands that description to the route in NORMALISED_RECORDS. The route
 * (src/pages/data/documents.json.ts) uses the file only when it is still that file and the
 * digest is the one of this collection under this build's base path; it then writes nothing
 * and hands the file's path back (publishRecordsFile), and scripts/build.ts links the file into
 * the site after Astro. Otherwise, and whenever Astro runs on its own, the route serialises the
 * collection itself.
 */
import { createHash } from 'node:crypto';
import { fileStamp } from './page-manifest.ts';

/** The build script's records file, as it left it. */
export interface NormalisedRecords {
  file: string;
  /** fileStamp of the file. */
  stamp: string;
  /** recordKeysDigest of its records. */
  keys: string;
}

/** The variable scripts/build.ts hands the build script's NormalisedRecords to the route in. */
export const RECORDS_VARIABLE = 'NORMALISED_RECORDS';

/** The digest of records' slugs and page URLs, in order. */
export function recordKeysDigest(docs: Iterable<{ slug: string; url: string }>): string {
  const hash = createHash('sha256');
  for (const d of docs) hash.update(`${d.slug}\0${d.url}\n`);
  return hash.digest('hex');
}

/** The description of the records file `file`, as it is now, holding these records. */
export function describeRecords(file: string, docs: Iterable<{ slug: string; url: string }>): NormalisedRecords {
  return { file, stamp: fileStamp(file) ?? '', keys: recordKeysDigest(docs) };
}

/**
 * The build script's records file when `env` hands one over that is still as the build script
 * left it and holds these documents (slug and page URL each, in order); else null.
 */
export function normalisedRecordsFile(
  docs: readonly { slug: string; url: string }[],
  env: Record<string, string | undefined> = process.env,
): string | null {
  let records: Partial<NormalisedRecords> | null;
  try {
    records = JSON.parse(env[RECORDS_VARIABLE] ?? 'null') as Partial<NormalisedRecords> | null;
  } catch {
    return null;
  }
  if (!records?.file || !records.stamp) return null;
  if (records.stamp !== fileStamp(records.file) || records.keys !== recordKeysDigest(docs)) return null;
  return records.file;
}

// The route runs in Astro's prerender bundle and scripts/build.ts outside it: separate copies
// of this module in one process, so the hand-over lives on globalThis.
const KEY = Symbol.for('policy-archive.records-file');
const globals = globalThis as { [KEY]?: string | undefined };

/** Hands the records file to scripts/build.ts, to be published as data/documents.json (called by the route). */
export function publishRecordsFile(file: string): void {
  globals[KEY] = file;
}

/** The records file the route handed over in this build, or undefined; then forgotten. */
export function takeRecordsFile(): string | undefined {
  const file = globals[KEY];
  globals[KEY] = undefined;
  return file;
}
