/**
 * The view model of a document page: everything the page shows besides what the build-wide key
 * covers (code, registries, hosting settings). The page renders from it alone, so its
 * fingerprint (src/lib/page-cache.ts) changes whenever the page's HTML could.
 */
import type { DocumentData } from '../../schema/document.ts';
import type { Archive } from '../build-archive.ts';
import { citationKey } from '../citation-key.ts';
import type { EntryFile } from '../document-text.ts';
import { documentHref, href } from '../urls.ts';
import { docListItems, type DocListItem } from './doc-list-item.ts';

/** A name that links to a page when there is one (href with the base), else plain text. */
export interface NamedLink {
  name: string;
  path: string | null;
}

/** What a document links to and what links to it (src/components/DocLinks.astro). */
export interface DocLinksView {
  groups: { id: string; title: string; items: NamedLink[] }[];
  citedBy: DocListItem[];
  related: DocListItem[];
  prev: { slug: string; title: string } | null;
  next: { slug: string; title: string } | null;
}

export interface DocumentView {
  doc: DocumentData;
  /** Where the body is read from; the file's digest stands for the body in the fingerprint. */
  body: Required<EntryFile>;
  /** 发文机关 and co-issuers, linked to their department pages (src/components/DocMeta.astro). */
  issuers: NamedLink[];
  links: DocLinksView;
}

const near = (d: DocumentData | null | undefined) => (d ? { slug: d.slug, title: d.title } : null);

/** The view of one document's page; `body` names the file of its collection entry. */
export function documentView(archive: Archive, doc: DocumentData, body: Required<EntryFile>): DocumentView {
  const region = archive.regionOf(doc);
  // A department gets a link only when it has a page, i.e. some document names it.
  const department = (name: string): NamedLink => {
    const d = archive.departmentOf(name, region);
    return { name, path: d && archive.departments.get(d.name)?.total ? href(`departments/${d.slug}/`) : null };
  };
  const mentioned = [...new Set([...doc.mentions.map((m) => m.department), ...doc.departmentsMentioned])];
  const topics = doc.topics.flatMap((t) => {
    const topic = archive.topicBySlug.get(t.slug);
    return topic ? [{ name: topic.name, path: href(`topics/${t.slug}/`) }] : [];
  });
  const citations = doc.citations.map((c) => ({
    name: c.kind === 'title' ? `《${c.text}》` : c.text,
    path: c.resolved && archive.bySlug.has(c.resolved) ? documentHref(c.resolved) : href(archive.citationPath(citationKey(c.kind, c.text))),
  }));
  const groups = [
    { id: 'departments', title: '涉及部门', items: mentioned.map(department) },
    { id: 'topics', title: '主题', items: topics },
    { id: 'cites', title: '引用文件', items: citations },
  ].filter((g) => g.items.length > 0);
  const neighbours = archive.neighbours.get(doc.slug);
  return {
    doc,
    body,
    issuers: [doc.issuer, ...doc.coIssuers].filter((n): n is string => !!n).map(department),
    links: {
      groups,
      citedBy: docListItems(archive.citedBy.get(doc.slug) ?? []),
      related: docListItems((archive.related.get(doc.slug) ?? []).map((r) => r.doc), false),
      prev: near(neighbours?.prev),
      next: near(neighbours?.next),
    },
  };
}
