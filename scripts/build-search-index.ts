/**
 * Writes the search index of a generated collection into a site folder, on its own:
 *
 *   node scripts/build-search-index.ts --documents content/documents --site dist [--previous dist]
 *
 * scripts/build.ts runs it as a separate process while Astro renders the pages, so the two use
 * both cores and neither's memory adds to the other's.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
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
  ...(values.previous ? { previousSiteDir: resolve(values.previous) } : {}),
});
console.log(`search index: ${done.documents} documents, ${done.files} files in ${Math.round(performance.now() - t0)} ms`);
