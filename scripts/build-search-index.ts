/**
 * Writes the search index of a generated collection into a site folder, on its own:
 *
 *   node scripts/build-search-index.ts --documents content/documents --site dist [--previous dist]
 *
 * With --previous (the published site the new one will replace), index files whose content is
 * unchanged are linked from it, and the new manifest (src/lib/search-index/index-manifest.ts)
 * is written beside the old one for scripts/build.ts to put in place once the site is published.
 *
 * scripts/build.ts runs it as a separate process while Astro renders the pages, so the two use
 * both cores and neither's memory adds to the other's.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexManifestFile } from '../src/lib/search-index/index-manifest.ts';
import { writeSearchIndex } from '../src/lib/search-index/write-search-index.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: 'content/documents' },
    site: { type: 'string', default: 'dist' },
    previous: { type: 'string' },
  },
});
const t0 = performance.now();
const done = await writeSearchIndex({
  documentsDir: resolve(values.documents),
  contentDir: join(root, 'content'),
  siteDir: resolve(values.site),
  ...(values.previous
    ? { previous: { siteDir: resolve(values.previous), manifest: indexManifestFile(resolve(values.previous)) } }
    : {}),
});
console.log(`search index: ${done.documents} documents, ${done.files} files in ${Math.round(performance.now() - t0)} ms`);
