import type { DocumentData } from '../../src/schema/document.ts';
import { documentDataRecord } from '../../src/open-data/data-records.ts';
import type { BodyBlock } from '../../src/schema/body-block.ts';
import { digestEntryOf, reportEntry, type DigestEntry } from '../report/build-report.ts';
import { jsonArrayElement } from './json-array-writer.ts';
import { recordPaths, recordUrl } from '../../src/site/document-paths.ts';
import type { StoredDocument } from '../corpus/record-store.ts';
import { resolveWith, type CitationIndex, type CitationTarget } from '../corpus/resolve-citations.ts';
import { toFrontmatter } from './to-mdx.ts';

/** One record of documents.json: the frontmatter plus where the document lives. */
export type DocumentRecord = DocumentData & { url: string };

/** What the corpus-wide steps need of a document: its identity and the citations in it. */
export interface DocumentIdentity extends CitationTarget {
  citations: Pick<DocumentData['citations'][number], 'kind' | 'text'>[];
}

/** A document's outputs, as bytes, and what the rest of the build needs of it. */
export interface RenderedDocument {
  identity: DocumentIdentity;
  digest: DigestEntry;
  /** The MDX file. */
  mdx: Uint8Array;
  /** The document's record (data/documents/<slug>.json): frontmatter, page and source paths, body and blocks. */
  record: Uint8Array;
  /** Its documents.json and report.json entries (jsonArrayElement at depth 0 and 1). */
  documentsEntry: Uint8Array;
  reportEntry: Uint8Array;
}

/**
 * A normalised document (its record, MDX body and body blocks) with its citations resolved against
 * `citations`, rendered into its MDX file, its record and its documents.json and report.json entries;
 * records' `url`s start with `base` (`/`, `/archive/`).
 */
export function renderDocument(
  document: StoredDocument,
  body: string,
  blocks: readonly BodyBlock[],
  citations: CitationIndex,
  base: string,
): RenderedDocument {
  const data = resolveWith(citations, document.data);
  const report = reportEntry({ ...document, data });
  return {
    identity: {
      slug: data.slug,
      title: data.title,
      docNumber: data.docNumber,
      attachments: data.attachments,
      citations: data.citations.map(({ kind, text }) => ({ kind, text })),
    },
    digest: digestEntryOf(report),
    mdx: Buffer.from(`${toFrontmatter(data)}\n${body}`),
    record: Buffer.from(`${JSON.stringify(documentDataRecord(data, blocks, recordPaths(base, data.slug)))}\n`),
    documentsEntry: Buffer.from(jsonArrayElement({ ...data, url: recordUrl(base, data.slug) } satisfies DocumentRecord, 0)),
    reportEntry: Buffer.from(jsonArrayElement(report, 1)),
  };
}
