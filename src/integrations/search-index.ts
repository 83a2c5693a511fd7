import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { writeSearchIndex } from '../lib/search-index/write-search-index.ts';
import { markStage } from '../lib/stage-marker.ts';

/**
 * Writes the search index (src/lib/search-index/) after `astro build` (astro:build:done), from
 * the documents of content/documents/ only, never from the built HTML with its navigation.
 * scripts/build.ts sets SEARCH_INDEX=external and builds it in a process of its own instead,
 * at the same time as Astro renders the pages.
 */
export function searchIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'policy-archive:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SEARCH_INDEX'] === 'external') return;
        markStage('search');
        const t0 = performance.now();
        const documentsDir = resolve(root, process.env['DOCUMENTS_DIR'] || 'content/documents');
        const done = await writeSearchIndex({ documentsDir, contentDir: join(root, 'content'), siteDir: fileURLToPath(dir) });
        logger.info(`search index: ${done.documents} documents, ${done.files} files in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
