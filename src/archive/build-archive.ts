/**
 * Every cross-link of the archive, computed once from the documents and the registries:
 * pages only read from the result. Linear in the number of documents (indexes by key).
 */
import type { DocumentData } from '../schema/document.ts';
import type { Department, Topic } from '../schema/registry.ts';
import { citationListing, type CitationEntry } from './citation-listing.ts';
import { departmentIndex, departmentResolver, type DepartmentEntry, type DocAt } from './department-roles.ts';
import { byNewest as newestFirst, dateNeighbours, documentDate, newestDate, UNDATED } from './document-date.ts';
import { PAGE_SIZE, pagePath } from '../views/paginate.ts';
import { regionSlug } from '../registry/region-slug.ts';
import { relatedDocuments, type Related } from './related-documents.ts';

export interface Bucket {
  slug: string;
  name: string;
  docs: DocumentData[];
}

export interface Archive {
  /** All documents, newest first. */
  docs: DocumentData[];
  bySlug: Map<string, DocumentData>;
  departments: Map<string, DepartmentEntry>;
  /** The same entries by the department's slug. */
  departmentBySlug: Map<string, DepartmentEntry>;
  /** Registry entry of a canonical name, alias or (with the region) short form. */
  departmentOf: (name: string, region: string | null) => Department | undefined;
  topics: { topic: Topic; docs: DocAt[] }[];
  topicBySlug: Map<string, Topic>;
  citations: CitationEntry[];
  /** Path (under BASE_PATH) of a citation's entry in the paginated citation index, with its fragment. */
  citationPath: (key: string) => string;
  citedBy: Map<string, DocAt[]>;
  related: Map<string, Related[]>;
  /** Previous (older) and next (newer) document by date; none for an undated document (dateNeighbours). */
  neighbours: Map<string, { prev: DocumentData | null; next: DocumentData | null }>;
  byType: Bucket[];
  byRegion: Bucket[];
  /** By the year of documentDate, newest first, then the undated ones (日期不详). */
  byYear: Bucket[];
  regionOf: (d: DocumentData) => string | null;
  /** The newest date (document-date.ts) of any document, or null when none is dated. */
  newestDate: string | null;
}

function buckets(
  docs: readonly DocumentData[],
  keyOf: (d: DocumentData) => [slug: string, name: string] | null,
  order: (a: Bucket, b: Bucket) => number,
): Bucket[] {
  const map = new Map<string, Bucket>();
  for (const d of docs) {
    const k = keyOf(d);
    if (!k) continue;
    const b = map.get(k[0]) ?? { slug: k[0], name: k[1], docs: [] };
    b.docs.push(d);
    map.set(k[0], b);
  }
  return [...map.values()].sort(order);
}

/** The year bucket of the documents that state no date (browse/year/undated/). */
const UNDATED_SLUG = 'undated';

const bySlugOrder = (a: Bucket, b: Bucket) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Builds the archive's derived data; `docs` in any order. */
export function buildArchive(
  input: readonly DocumentData[],
  departments: readonly Department[],
  topicList: readonly Topic[],
  docTypeOrder: readonly string[],
): Archive {
  const docs = [...input].sort(newestFirst);
  const departmentOf = departmentResolver(departments);
  const regionOf = (d: DocumentData) => d.region ?? (d.issuer ? (departmentOf(d.issuer, null)?.region ?? null) : null);

  const topicDocs = new Map<string, DocAt[]>(topicList.map((t) => [t.slug, []]));
  // A category lists the documents of its subcategories too, each once.
  const parentOf = new Map(topicList.map((t) => [t.slug, t.parent]));
  for (const d of docs) {
    const filed = new Map<string, string[]>();
    for (const t of d.topics) {
      const sections = t.sections.filter(Boolean);
      for (const slug of [t.slug, parentOf.get(t.slug)]) {
        if (slug === undefined || !topicDocs.has(slug)) continue;
        filed.set(slug, [...new Set([...(filed.get(slug) ?? []), ...sections])]);
      }
    }
    for (const [slug, sections] of filed) topicDocs.get(slug)!.push({ doc: d, sections });
  }

  const { entries, citedBy } = citationListing(docs);
  const citationPage = new Map(entries.map((e, i) => [e.key, Math.floor(i / PAGE_SIZE) + 1]));

  const neighbours = dateNeighbours(docs);

  const byDepartment = departmentIndex(docs, departments, regionOf);
  // Unlisted bodies resolve by their full name, once the index has made them.
  const departmentOfAny = (name: string, region: string | null) =>
    departmentOf(name, region) ?? byDepartment.get(name)?.department;
  return {
    docs,
    bySlug: new Map(docs.map((d) => [d.slug, d])),
    departments: byDepartment,
    departmentBySlug: new Map([...byDepartment.values()].map((e) => [e.department.slug, e])),
    departmentOf: departmentOfAny,
    topics: topicList.map((topic) => ({ topic, docs: topicDocs.get(topic.slug)! })),
    topicBySlug: new Map(topicList.map((t) => [t.slug, t])),
    citations: entries,
    citationPath: (key) => `${pagePath('citations/', citationPage.get(key) ?? 1)}#c-${key}`,
    citedBy,
    related: relatedDocuments(docs),
    neighbours,
    byType: buckets(
      docs,
      (d) => [d.docType, d.docType],
      (a, b) => docTypeOrder.indexOf(a.slug) - docTypeOrder.indexOf(b.slug),
    ),
    byRegion: buckets(
      docs,
      (d) => {
        const r = regionOf(d);
        return r ? [regionSlug(r), r] : null;
      },
      (a, b) => (a.slug === 'national' ? -1 : b.slug === 'national' ? 1 : bySlugOrder(a, b)),
    ),
    byYear: buckets(
      docs,
      (d) => {
        const y = documentDate(d)?.slice(0, 4);
        return y ? [y, `${y}年`] : [UNDATED_SLUG, UNDATED];
      },
      // Newest year first; the undated documents after every year.
      (a, b) => (a.slug === UNDATED_SLUG ? 1 : b.slug === UNDATED_SLUG ? -1 : bySlugOrder(b, a)),
    ),
    regionOf,
    newestDate: newestDate(docs),
  };
}
