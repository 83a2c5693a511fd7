import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { newestDate } from '../../../lib/document-date.ts';
import { documentFeed, feedResponse } from '../../../lib/document-feed.ts';
import { concernsDepartment } from '../../../lib/feed-membership.ts';
import { readDepartments } from '../../../lib/read-registries.ts';

/** feeds/departments/<dept-slug>.xml: the documents a department issued, received or is named in. */
export const getStaticPaths = (() => readDepartments().map((dept) => ({ params: { dept: dept.slug }, props: { dept } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dept } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const all = await getCollection('documents');
  const docs = all.filter((d) => concernsDepartment(d.data, dept));
  const o = {
    feedPath: `feeds/departments/${dept.slug}.xml`,
    pagePath: `departments/${dept.slug}/`,
    title: `政策文库：${dept.name}`,
    subtitle: `${dept.name}发布、联合发布、主送、抄送或提及的文件，按日期由新到旧。`,
    fallbackDate: newestDate(all.map((d) => d.data)),
  };
  return feedResponse(documentFeed(docs, o, site));
};
