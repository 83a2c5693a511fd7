import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { documentHref } from '../../lib/urls.ts';

/** documents.json: one record per document, the frontmatter plus its page URL (base included). */
export const GET: APIRoute = async () => {
  const docs = (await getCollection('documents')).sort((a, b) => a.data.source.localeCompare(b.data.source));
  const records = docs.map((d) => ({ ...d.data, url: documentHref(d.data.slug) }));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
