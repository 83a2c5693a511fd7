/**
 * View models of the paginated listings: a department's documents by role, a topic's
 * documents, a browse bucket (year, type, region) and the citation index. Each page's view
 * holds exactly what the page prints (src/build-cache/page-plan.ts); `…Pages` gives every page of a
 * route as getStaticPaths candidates, `…View` one page for rendering, and both come from the
 * same function so they always agree.
 */
import type { Archive, Bucket } from '../archive/build-archive.ts';
import { listedCiting, type CitationEntry } from '../archive/citation-listing.ts';
import { roles, type DepartmentEntry, type Role } from '../archive/department-roles.ts';
import { pageParam, pagePath, paginate } from './paginate.ts';
import type { Candidate } from '../build-cache/page-plan.ts';
import type { Department, Topic } from '../schema/registry.ts';
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

/** URL segment of each role's own pages: departments/<slug>/<segment>/2/. */
export const roleSegment: Record<Role, string> = {
  issued: 'issued',
  coIssued: 'co-issued',
  addressed: 'addressed',
  cc: 'cc',
  mentioned: 'mentioned',
};

/** One role's list on a department page, with its own pagination. */
export interface RoleList {
  role: Role;
  /** Documents in this role. */
  all: number;
  items: DocListItem[];
  /** This role's page shown, of how many. */
  current: number;
  pages: number;
}

export interface DepartmentPageView extends PageOf {
  department: Department;
  /** Distinct documents in any role. */
  all: number;
  /** Documents it issued or co-issued. */
  issued: number;
  /** The role whose page n ≥ 2 this is; null on the department's first page. */
  role: Role | null;
  /** Only roles that have documents: on the first page each role's first page, else the one role's page. */
  lists: RoleList[];
}

const issuedCount = (entry: DepartmentEntry) =>
  new Set([...entry.byRole.issued, ...entry.byRole.coIssued].map((at) => at.doc.slug)).size;

function roleList(entry: DepartmentEntry, role: Role, current: number): RoleList {
  const pages = paginate(entry.byRole[role]);
  return { role, all: entry.byRole[role].length, items: docListItems(pages[current - 1] ?? []), current, pages: pages.length };
}

/** A department's first page: every role that has documents, each with its first PAGE_SIZE. */
function departmentView(entry: DepartmentEntry): DepartmentPageView {
  const lists = roles.filter((role) => entry.byRole[role].length > 0).map((role) => roleList(entry, role, 1));
  return { department: entry.department, all: entry.total, issued: issuedCount(entry), role: null, lists, current: 1, total: 1 };
}

/** Page n ≥ 2 of one role: that role's list alone, paginated on its own. */
function departmentRoleView(entry: DepartmentEntry, role: Role, current: number): DepartmentPageView {
  const list = roleList(entry, role, current);
  return {
    department: entry.department,
    all: entry.total,
    issued: issuedCount(entry),
    role,
    lists: [list],
    current,
    total: list.pages,
  };
}

/** Departments that some document names have pages; the others none. */
const listedDepartments = (archive: Archive) => [...archive.departments.values()].filter((e) => e.total > 0);

type DepartmentParams = PageParams<'slug'>;

export const departmentPages = (archive: Archive): Candidate<DepartmentParams, DepartmentPageView>[] =>
  listedDepartments(archive).flatMap((e) => {
    const prefix = `departments/${e.department.slug}/`;
    const first: Candidate<DepartmentParams, DepartmentPageView> = {
      params: { slug: e.department.slug, page: undefined },
      file: `${prefix}index.html`,
      view: departmentView(e),
    };
    const more = roles.flatMap((role) =>
      paginate(e.byRole[role])
        .slice(1)
        .map((_, i) => ({
          params: { slug: e.department.slug, page: `${roleSegment[role]}/${i + 2}` },
          file: `${prefix}${roleSegment[role]}/${i + 2}/index.html`,
          view: departmentRoleView(e, role, i + 2),
        })),
    );
    return [first, ...more];
  });

export function departmentPageView(archive: Archive, slug: string, page: string | undefined): DepartmentPageView {
  const entry = archive.departmentBySlug.get(slug)!;
  if (!page) return departmentView(entry);
  const [segment, n] = page.split('/');
  const role = roles.find((r) => roleSegment[r] === segment)!;
  return departmentRoleView(entry, role, Number(n));
}

export interface TopicPageView extends PageOf {
  topic: Topic;
  /** The category of a subcategory. */
  parent: { slug: string; name: string } | null;
  /** A category's subcategories, with their document counts. */
  children: { slug: string; name: string; count: number }[];
  all: number;
  items: DocListItem[];
}

function topicViews(archive: Archive, slug: string | null) {
  const count = new Map(archive.topics.map((t) => [t.topic.slug, t.docs.length]));
  return (
    archive.topics
      // Topics no document is filed under have no page.
      .filter((t) => (slug === null ? t.docs.length > 0 : t.topic.slug === slug))
      .map(({ topic, docs }) => {
        const pages = paginate(docs);
        const up = topic.parent !== undefined ? archive.topicBySlug.get(topic.parent) : undefined;
        const parent = up ? { slug: up.slug, name: up.name } : null;
        const children = archive.topics
          .filter((c) => c.topic.parent === topic.slug)
          .map((c) => ({ slug: c.topic.slug, name: c.topic.name, count: count.get(c.topic.slug) ?? 0 }));
        return {
          topic,
          pages: pages.length,
          view: (p: PageOf): TopicPageView => ({
            topic,
            parent,
            children,
            all: docs.length,
            items: docListItems(pages[p.current - 1]!),
            ...p,
          }),
        };
      })
  );
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
