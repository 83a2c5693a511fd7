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
  /**
   * Deep links into the document, the first SECTIONS_SHOWN in the document's order: section id
   * and its label as readers say it (sectionLabels: 二（一）).
   */
  sections: { id: string; name: string }[];
  /** How many sections more the row names without linking them (及另 N 处); the document is its title's link. */
  more: number;
}

/**
 * Section links a row shows. A topic filed under five of a document's six sections is most of
 * the document: the first three and a count say so, in a row that does not grow with the
 * document (these links were a third of a topic page's bytes).
 */
export const SECTIONS_SHOWN = 3;

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
  const names = sections.length ? namesOf(doc) : new Map<string, string>();
  // In the document's order (the section tree's preorder); an id the tree lacks goes last.
  const order = [...names.keys()];
  const at = (id: string) => (names.has(id) ? order.indexOf(id) : order.length);
  const sorted = [...sections].sort((a, b) => at(a) - at(b));
  const row: DocListItem = {
    slug: doc.slug,
    title: doc.title,
    subtitle: proposalSubtitle(doc),
    meta: meta ? metaOf(doc) : null,
    sections: sorted.slice(0, SECTIONS_SHOWN).map((id) => ({ id, name: names.get(id) || id })),
    more: Math.max(0, sorted.length - SECTIONS_SHOWN),
  };
  if (plain) plainRows.set(doc, row);
  return row;
}

/** Rows of documents, or of documents with the sections where something stands in them. */
export const docListItems = (items: readonly (DocAt | DocumentData)[], meta = true): DocListItem[] =>
  items.map((i) => ('doc' in i ? docListItem(i.doc, i.sections, meta) : docListItem(i, [], meta)));
