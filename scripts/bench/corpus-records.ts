/**
 * The records of a built site's open data, read the way a consumer does: from
 * data/documents/index.json and its parts (documents.json is published only while the corpus is
 * one part; see src/open-data/corpus-parts.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The records of the site in `siteDir`. The index's paths carry the base the site was built
 * for, whatever it is: a part's file is its path from the last `/data/` on.
 */
export function corpusRecords<T>(siteDir: string): T[] {
  const local = (path: string) => join(siteDir, path.slice(path.lastIndexOf('/data/') + 1));
  const index = JSON.parse(readFileSync(join(siteDir, 'data/documents/index.json'), 'utf8')) as { parts: { json: string }[] };
  return index.parts.flatMap((p) => JSON.parse(readFileSync(local(p.json), 'utf8')) as T[]);
}
