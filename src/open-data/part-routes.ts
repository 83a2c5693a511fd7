/**
 * What the routes of data/parts/ share: one path per part of the corpus (documents-NNNN.json and
 * .csv alike) and the records of a part (src/open-data/corpus-parts.ts).
 */
import { getArchive } from '../archive/archive.ts';
import { documentHref } from '../site/urls.ts';
import { corpusOnce } from './corpus-parts.ts';
import type { DocumentRecord } from './data-records.ts';

/** getStaticPaths of a part's route: `n` is the part's number, four digits. */
export async function partPaths(): Promise<{ params: { n: string } }[]> {
  const { parts } = corpusOnce((await getArchive()).docs, documentHref);
  return parts.map((p) => ({ params: { n: String(p.number).padStart(4, '0') } }));
}

/** The records of part `n` (as the route's parameter gives it), in source order. */
export async function partRecords(n: string | undefined): Promise<DocumentRecord[]> {
  const { records, parts } = corpusOnce((await getArchive()).docs, documentHref);
  const part = parts[Number(n) - 1]!;
  return records.slice(part.from, part.to);
}
