/**
 * What the routes of the corpus-wide files share: one path per part of the corpus
 * (data/parts/documents-NNNN.json and .csv alike), the whole corpus's path while it is one part
 * (data/documents.json and .csv), and the records of a part (src/open-data/corpus-parts.ts).
 */
import { getArchive } from '../archive/archive.ts';
import { documentHref } from '../site/urls.ts';
import { plannedPaths } from '../build-cache/page-plan.ts';
import { corpusOnce, partPath, recordsDigest, wholeFilesPublished } from './corpus-parts.ts';
import type { DocumentRecord } from './data-records.ts';

/**
 * getStaticPaths of a part's route: `n` is the part's number, four digits. A part whose records
 * are those the published file was made of is reused (src/build-cache/page-plan.ts).
 */
export async function partPaths(ext: 'json' | 'csv'): Promise<{ params: { n: string } }[]> {
  const corpus = corpusOnce((await getArchive()).docs, documentHref);
  return plannedPaths(
    corpus.parts.map((p) => ({
      params: { n: String(p.number).padStart(4, '0') },
      file: partPath(p.number, ext),
      view: recordsDigest(corpus, p.from, p.to),
    })),
  );
}

/**
 * getStaticPaths of data/documents.json and .csv, the whole corpus in one file: one path while
 * the corpus is one part, none after (src/open-data/corpus-parts.ts).
 */
export async function wholePaths(ext: 'json' | 'csv'): Promise<{ params: { whole: string } }[]> {
  const corpus = corpusOnce((await getArchive()).docs, documentHref);
  if (!wholeFilesPublished(corpus)) return [];
  return plannedPaths([{ params: { whole: 'documents' }, file: `data/documents.${ext}`, view: recordsDigest(corpus) }]);
}

/** The records of part `n` (as the route's parameter gives it), in source order. */
export async function partRecords(n: string | undefined): Promise<DocumentRecord[]> {
  const { records, parts } = corpusOnce((await getArchive()).docs, documentHref);
  const part = parts[Number(n) - 1]!;
  return records.slice(part.from, part.to);
}
