import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getArchive } from '../../../lib/archive.ts';
import { pathsToRender } from '../../../lib/page-cache.ts';
import { sourceKeyOf } from '../../../lib/source-keys.ts';

/** The source file of a document: content/raw/ (or RAW_DIR, as scripts/build.ts). */
const sourceFile = (source: string) => resolve(process.cwd(), process.env['RAW_DIR'] || 'content/raw', source);

/**
 * data/documents/<slug>.txt: the source file, byte for byte. A source can change without its
 * document changing (whitespace the normaliser drops), so the view model stands for the source's
 * bytes: the build script's key of it when scripts/build.ts hands the keys over
 * (src/lib/source-keys.ts), else its hash.
 */
const sourceView = (source: string) => {
  const key = sourceKeyOf(source);
  return key
    ? `key ${key}`
    : `sha256 ${createHash('sha256')
        .update(readFileSync(sourceFile(source)))
        .digest('hex')}`;
};

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return pathsToRender(
    archive.docs.map((d) => ({
      params: { slug: d.slug },
      file: `data/documents/${d.slug}.txt`,
      view: sourceView(d.source),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const doc = (await getArchive()).bySlug.get(params['slug']!)!;
  return new Response(new Uint8Array(readFileSync(sourceFile(doc.source))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
