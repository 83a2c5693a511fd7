/**
 * One row of a document list (src/components/DocList.astro), with everything the row prints
 * already worked out, so the view model of a page that lists documents holds exactly what the
 * page shows (see src/build-cache/page-plan.ts).
 */
import type { DocumentData } from '../schema/document.ts';
import { sectionLabels } from './citation.ts';
import { formatDate } from './dates.ts';
import type { DocAt } from '../archive/department-roles.ts';
import { proposalSubtitle } from './doc-labels.ts';
import { documentDate, UNDATED } from '../archive/document-date.ts';

export interface DocListItem {
  slug: string;
  title: string;
  /** A reply's proposal, title and number (proposalSubtitle); null for other documents. */
  subtitle: string | null;
  /** The issuer · date · number line; null where the list shows none. */
  meta: string | null;
  /** Deep links into the document: section id and its label as readers say it (sectionLabels: 二（一）). */
  sections: { id: string; name: string }[];
}

// A document is listed on many pages (topics, departments, cited-by); its section labels (二（一）) are worked out once.
const names = new WeakMap<DocumentData, Map<string, string>>();
function namesOf(doc: DocumentData): Map<string, string> {
  let m = names.get(doc);
  if (!m) names.set(doc, (m = sectionLabels(doc.sections)));
  return m;
}

// Its meta line too, and its plain row (no deep links), which most lists show: shared, never changed.
const metas = new WeakMap<DocumentData, string>();
const plainRows = new WeakMap<DocumentData, DocListItem>();

function metaOf(doc: DocumentData): string {
  let m = metas.get(doc);
  if (m === undefined)
    metas.set(doc, (m = [doc.issuer, formatDate(documentDate(doc)) || UNDATED, doc.docNumber].filter(Boolean).join(' · ')));
  return m;
}

/** The row of a document, with deep links to `sections` (ids) and, unless `meta` is false, its meta line. */
export function docListItem(doc: DocumentData, sections: readonly string[] = [], meta = true): DocListItem {
  const plain = meta && sections.length === 0;
  const known = plain ? plainRows.get(doc) : undefined;
  if (known) return known;
  const row: DocListItem = {
    slug: doc.slug,
    title: doc.title,
    subtitle: proposalSubtitle(doc),
    meta: meta ? metaOf(doc) : null,
    sections: sections.map((id) => ({ id, name: namesOf(doc).get(id) || id })),
  };
  if (plain) plainRows.set(doc, row);
  return row;
}

/** Rows of documents, or of documents with the sections where something stands in them. */
export const docListItems = (items: readonly (DocAt | DocumentData)[], meta = true): DocListItem[] =>
  items.map((i) => ('doc' in i ? docListItem(i.doc, i.sections, meta) : docListItem(i, [], meta)));
