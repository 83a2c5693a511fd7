/**
 * View models of the paginated listings: a department's documents by role, a topic's
 * documents, a browse bucket (year, type, region) and the citation index. Each page's view
 * holds exactly what the page prints (src/lib/page-cache.ts); `…Pages` gives every page of a
 * route as getStaticPaths candidates, `…View` one page for rendering, and both come from the
 * same function so they always agree.
 */
import type { Archive, Bucket } from '../build-archive.ts';
import { listedCiting, type CitationEntry } from '../citation-index.ts';
import { roles, type DepartmentEntry, type Role } from '../department-index.ts';
import { pageParam, pagePath, paginate } from '../paginate.ts';
import type { Candidate } from '../page-cache.ts';
import type { Department, Topic } from '../../schema/registry.ts';
import { docListItems, type DocListItem } from './doc-list-item.ts';

/** Which page of how many. */
export interface PageOf {
  current: number;
  total: number;
}

type PageParams<K extends string> = Record<K | 'page', string | undefined>;

/** Candidates of a paginated listing whose first page is `prefix` (ends with /). */
function listingPages<K extends string, V>(
  param: K,
  slug: string,
  prefix: string,
  total: number,
  view: (page: PageOf) => V,
): Candidate<PageParams<K>, V>[] {
  return Array.from({ length: total }, (_, i) => ({
    params: { [param]: slug, page: pageParam(i + 1) } as PageParams<K>,
    file: `${pagePath(prefix, i + 1)}index.html`,
    view: view({ current: i + 1, total }),
  }));
}

/** The page number of a `[...page]` parameter: none for the first page. */
export const pageNumber = (page: string | undefined): number => (page ? Number(page) : 1);

export interface DepartmentPageView extends PageOf {
  department: Department;
  /** Distinct documents in any role. */
  all: number;
  lists: { role: Role; all: number; items: DocListItem[] }[];
}

const departmentPageCount = (entry: DepartmentEntry) => Math.max(1, ...roles.map((r) => paginate(entry.byRole[r]).length));

/** Page n of a department shows the n-th PAGE_SIZE documents of every role that has them. */
function departmentView(entry: DepartmentEntry, page: PageOf): DepartmentPageView {
  const lists = roles.map((role) => ({
    role,
    all: entry.byRole[role].length,
    items: docListItems(paginate(entry.byRole[role])[page.current - 1] ?? []),
  }));
  return { department: entry.department, all: entry.total, lists, ...page };
}

/** Departments that some document names have pages; the others none. */
const listedDepartments = (archive: Archive) => [...archive.departments.values()].filter((e) => e.total > 0);

export const departmentPages = (archive: Archive) =>
  listedDepartments(archive).flatMap((e) =>
    listingPages('slug', e.department.slug, `departments/${e.department.slug}/`, departmentPageCount(e), (p) =>
      departmentView(e, p),
    ),
  );

export function departmentPageView(archive: Archive, slug: string, page: string | undefined): DepartmentPageView {
  const entry = archive.departmentBySlug.get(slug)!;
  return departmentView(entry, { current: pageNumber(page), total: departmentPageCount(entry) });
}

export interface TopicPageView extends PageOf {
  topic: Topic;
  all: number;
  items: DocListItem[];
}

function topicViews(archive: Archive, slug: string | null) {
  return archive.topics
    .filter((t) => slug === null || t.topic.slug === slug)
    .map(({ topic, docs }) => {
      const pages = paginate(docs);
      return {
        topic,
        pages: pages.length,
        view: (p: PageOf): TopicPageView => ({ topic, all: docs.length, items: docListItems(pages[p.current - 1]!), ...p }),
      };
    });
}

export const topicPages = (archive: Archive) =>
  topicViews(archive, null).flatMap((t) => listingPages('slug', t.topic.slug, `topics/${t.topic.slug}/`, t.pages, t.view));

export function topicPageView(archive: Archive, slug: string, page: string | undefined): TopicPageView {
  const t = topicViews(archive, slug)[0]!;
  return t.view({ current: pageNumber(page), total: t.pages });
}

export interface BucketPageView extends PageOf {
  slug: string;
  name: string;
  all: number;
  items: DocListItem[];
}

const bucketView = (bucket: Bucket, page: PageOf): BucketPageView => ({
  slug: bucket.slug,
  name: bucket.name,
  all: bucket.docs.length,
  items: docListItems(paginate(bucket.docs)[page.current - 1]!),
  ...page,
});

/** Candidates of a browse listing (`browse/<by>/<slug>/`, its route parameter named `param`). */
export const bucketPages = <K extends string>(buckets: readonly Bucket[], by: string, param: K) =>
  buckets.flatMap((b) =>
    listingPages(param, b.slug, `browse/${by}/${b.slug}/`, paginate(b.docs).length, (p) => bucketView(b, p)),
  );

export function bucketPageView(buckets: readonly Bucket[], slug: string, page: string | undefined): BucketPageView {
  const bucket = buckets.find((b) => b.slug === slug)!;
  return bucketView(bucket, { current: pageNumber(page), total: paginate(bucket.docs).length });
}

/** Citing documents listed under an index entry; the rest are one search away, so no page grows with the archive. */
const CITING_SHOWN = 10;

export interface CitationPageView extends PageOf {
  /** Entries in the whole index. */
  all: number;
  entries: {
    key: string;
    kind: CitationEntry['kind'];
    text: string;
    target: { slug: string } | null;
    shown: DocListItem[];
    more: number;
  }[];
}

function citationView(archive: Archive, items: readonly CitationEntry[], page: PageOf): CitationPageView {
  const entries = items.map((c) => {
    const target = c.resolved ? archive.bySlug.get(c.resolved) : undefined;
    const { shown, more } = listedCiting(c, CITING_SHOWN);
    return {
      key: c.key,
      kind: c.kind,
      text: c.text,
      target: target ? { slug: target.slug } : null,
      shown: docListItems(shown, false),
      more,
    };
  });
  return { all: archive.citations.length, entries, ...page };
}

export function citationPages(archive: Archive): Candidate<{ page: string | undefined }, CitationPageView>[] {
  const pages = paginate(archive.citations);
  return pages.map((items, i) => ({
    params: { page: pageParam(i + 1) },
    file: `${pagePath('citations/', i + 1)}index.html`,
    view: citationView(archive, items, { current: i + 1, total: pages.length }),
  }));
}

export function citationPageView(archive: Archive, page: string | undefined): CitationPageView {
  const pages = paginate(archive.citations);
  const current = pageNumber(page);
  return citationView(archive, pages[current - 1]!, { current, total: pages.length });
}
