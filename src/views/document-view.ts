/**
 * The view model of a document page: everything the page shows besides what the build-wide key
 * covers (code, registries, hosting settings). The page renders from it alone, so its
 * fingerprint (src/build-cache/page-plan.ts) changes whenever the page's HTML could.
 */
import type { DocumentData } from '../schema/document.ts';
import type { Archive } from '../archive/build-archive.ts';
import { citationsOfOthers } from '../archive/citation-listing.ts';
import { citationKey } from '../archive/citation-key.ts';
import { proposalSubtitle } from './doc-labels.ts';
import type { EntryFile } from '../archive/document-text.ts';
import { rankedTop } from './ranked-top.ts';
import { documentHref, href } from '../site/urls.ts';
import { docListItems, type DocListItem } from './doc-list-item.ts';

/** A name that links to a page when there is one (href with the base), else plain text. */
export interface NamedLink {
  name: string;
  path: string | null;
}

/** A previous or next document: its title and, for a reply, its proposal (proposalSubtitle). */
export interface Near {
  slug: string;
  title: string;
  subtitle: string | null;
}

/** What a document links to and what links to it (src/components/DocLinks.astro). */
export interface DocLinksView {
  /** Departments, topics, citations; `more` when a list shows only the first LIMIT. */
  groups: {
    id: string;
    title: string;
    items: NamedLink[];
    more: { total: number; unit: string; index: string; label: string } | null;
  }[];
  citedBy: DocListItem[];
  related: DocListItem[];
  prev: Near | null;
  next: Near | null;
}

export interface DocumentView {
  doc: DocumentData;
  /** Where the body is read from; the file's digest stands for the body in the fingerprint. */
  body: Required<EntryFile>;
  /** 发文机关 and co-issuers, linked to their department pages (src/components/DocMeta.astro). */
  issuers: NamedLink[];
  links: DocLinksView;
}

const near = (d: DocumentData | null | undefined): Near | null =>
  d ? { slug: d.slug, title: d.title, subtitle: proposalSubtitle(d) } : null;

/** At most this many departments and topics: those with the most sections, then a link to the index with the rest. */
const LIMIT = 6;

/** The view of one document's page; `body` names the file of its collection entry. */
export function documentView(archive: Archive, doc: DocumentData, body: Required<EntryFile>): DocumentView {
  const region = archive.regionOf(doc);
  // A department gets a link only when it has a page, i.e. some document names it.
  const department = (name: string): NamedLink => {
    const d = archive.departmentOf(name, region);
    return { name, path: d && archive.departments.get(d.name)?.total ? href(`departments/${d.slug}/`) : null };
  };
  // The issuers are linked in the metadata block; they are not listed again.
  const issuerNames = new Set([doc.issuer, ...doc.coIssuers]);
  const mentioned = [...new Set([...doc.mentions.map((m) => m.department), ...doc.departmentsMentioned])].filter(
    (n) => !issuerNames.has(n),
  );
  const sectionsOf = new Map(doc.mentions.map((m) => [m.department, m.sections.length]));
  const departments = rankedTop(mentioned, (name) => sectionsOf.get(name) ?? 0, LIMIT);
  const topics = rankedTop(
    doc.topics.filter((t) => archive.topicBySlug.has(t.slug)),
    (t) => t.sections.length,
    LIMIT,
  );
  const citations = citationsOfOthers(doc).map((c) => ({
    name: c.kind === 'title' ? `《${c.text}》` : c.text,
    path:
      c.resolved && archive.bySlug.has(c.resolved)
        ? documentHref(c.resolved)
        : href(archive.citationPath(citationKey(c.kind, c.text))),
  }));
  const groups = [
    {
      id: 'departments',
      title: '涉及部门',
      items: departments.shown.map(department),
      more:
        departments.more === 0
          ? null
          : { total: mentioned.length, unit: '个部门', index: href('departments/'), label: '部门索引' },
    },
    {
      id: 'topics',
      title: '主题',
      items: topics.shown.map((t) => ({ name: archive.topicBySlug.get(t.slug)!.name, path: href(`topics/${t.slug}/`) })),
      more:
        topics.more === 0
          ? null
          : { total: topics.shown.length + topics.more, unit: '个主题', index: href('topics/'), label: '主题索引' },
    },
    { id: 'cites', title: '引用文件', items: citations, more: null },
  ].filter((g) => g.items.length > 0);
  const citedBy = archive.citedBy.get(doc.slug) ?? [];
  const neighbours = archive.neighbours.get(doc.slug);
  // A document linked as citing this one or as previous/next is not listed again as related.
  const linked = new Set([...citedBy.map((c) => c.doc.slug), neighbours?.prev?.slug, neighbours?.next?.slug]);
  const related = (archive.related.get(doc.slug) ?? []).filter((r) => !linked.has(r.doc.slug));
  return {
    doc,
    body,
    issuers: [doc.issuer, ...doc.coIssuers].filter((n): n is string => !!n).map(department),
    links: {
      groups,
      citedBy: docListItems(citedBy),
      related: docListItems(
        related.map((r) => r.doc),
        false,
      ),
      prev: near(neighbours?.prev),
      next: near(neighbours?.next),
    },
  };
}

/**
 * What a document page's fingerprint is taken over: its view without the frontmatter, which the
 * digest of the entry's file (`body`) already stands for, so the 10,000 fingerprints of a build
 * do not serialise every document's record again.
 */
export function fingerprintedView({ doc: _doc, ...view }: DocumentView): Omit<DocumentView, 'doc'> {
  return view;
}
