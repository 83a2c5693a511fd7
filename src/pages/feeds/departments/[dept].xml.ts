import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { documentFeed, feedResponse } from '../../../lib/document-feed.ts';
import { roles } from '../../../lib/department-index.ts';
import type { Department } from '../../../schema/registry.ts';

/**
 * feeds/departments/<dept-slug>.xml: the documents a department issued, co-issued, was
 * addressed or copied, or is mentioned in: the same documents as its page, by the archive's
 * department index.
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  // Departments that no document names have no page, and so no feed.
  return [...archive.departments.values()].filter((e) => e.total > 0).map(({ department }) => ({ params: { dept: department.slug }, props: { dept: department } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dept } = props as { dept: Department };
  const archive = await getArchive();
  const entry = archive.departments.get(dept.name)!;
  const slugs = new Set(roles.flatMap((role) => entry.byRole[role].map((at) => at.doc.slug)));
  const docs = [...slugs].map((slug) => archive.bySlug.get(slug)!);
  const o = {
    feedPath: `feeds/departments/${dept.slug}.xml`,
    pagePath: `departments/${dept.slug}/`,
    title: `政策文库：${dept.name}`,
    subtitle: `${dept.name}发布、联合发布、主送、抄送或提及的文件，按日期由新到旧。`,
    fallbackDate: archive.newestDate,
  };
  return feedResponse(documentFeed(docs, o, site, archive.summaryOf));
};
