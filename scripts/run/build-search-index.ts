/**
 * Writes the search index of a generated collection into a site folder, on its own:
 *
 *   node scripts/run/build-search-index.ts --documents content/documents --site dist [--previous dist] [--expect N]
 *
 * With --previous (the published site the new one will replace), index files whose content is
 * unchanged are linked from it, and the new manifest (src/search/build/index-manifest.ts)
 * is written beside the old one for scripts/run/build.ts to put in place once the site is published.
 * Each document's index entry is cached (src/search/build/document-cache.ts): only the MDX
 * files written since the last run are read.
 *
 * scripts/run/build.ts runs it as a separate process while Astro renders the pages, so the two use
 * both cores and neither's memory adds to the other's.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildKey } from '../../src/build-cache/build-key.ts';
import { documentCacheFile } from '../../src/search/build/document-cache.ts';
import { indexManifestFile } from '../../src/search/build/index-manifest.ts';
import { writeSearchIndex } from '../../src/search/build/write-search-index.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: 'content/documents' },
    site: { type: 'string', default: 'dist' },
    previous: { type: 'string' },
    /** How many documents the build script normalised: fewer in the collection fail the run. */
    expect: { type: 'string' },
  },
});
const t0 = performance.now();
const documentsDir = resolve(values.documents);
const done = await writeSearchIndex({
  documentsDir,
  contentDir: join(root, 'content'),
  siteDir: resolve(values.site),
  ...(values.previous
    ? { previous: { siteDir: resolve(values.previous), manifest: indexManifestFile(resolve(values.previous)) } }
    : {}),
  // The build key under the default hosting settings: the code, the locked dependencies, the
  // registries and Node's version; where the site is hosted does not reach an index entry.
  cache: { file: documentCacheFile(documentsDir), key: buildKey(root, {}) },
});
if (values.expect !== undefined && done.documents !== Number(values.expect)) {
  console.error(
    `search index: ${done.documents} documents in ${documentsDir}, but the build script normalised ${values.expect}: the collection changed while it was read. Run the build again.`,
  );
  process.exit(1);
}
console.log(
  `search index: ${done.documents} documents (${done.read} read), ${done.files} files in ${Math.round(performance.now() - t0)} ms`,
);
