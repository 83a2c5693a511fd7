import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getArchive } from '../../../lib/archive.ts';
import { pathsToRender } from '../../../lib/page-cache.ts';

/** The source file of a document: content/raw/ (or RAW_DIR, as scripts/build.ts). */
const sourceFile = (source: string) => resolve(process.cwd(), process.env['RAW_DIR'] || 'content/raw', source);

/**
 * data/documents/<slug>.txt: the source file, byte for byte. A source can change without its
 * document changing (whitespace the normaliser drops), so the view model is the source's hash.
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return pathsToRender(
    archive.docs.map((d) => ({
      params: { slug: d.slug },
      file: `data/documents/${d.slug}.txt`,
      view: createHash('sha256')
        .update(readFileSync(sourceFile(d.source)))
        .digest('hex'),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const doc = (await getArchive()).bySlug.get(params['slug']!)!;
  return new Response(new Uint8Array(readFileSync(sourceFile(doc.source))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
