import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** data/documents/<slug>.txt: the source file from content/raw/ (or RAW_DIR, as scripts/build.ts), byte for byte. */
export const getStaticPaths = (async () => {
  const docs = await getCollection('documents');
  return docs.map((entry) => ({ params: { slug: entry.data.slug }, props: { source: entry.data.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { source } = props as { source: string };
  const bytes = await readFile(resolve(process.cwd(), process.env['RAW_DIR'] || 'content/raw', source));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
