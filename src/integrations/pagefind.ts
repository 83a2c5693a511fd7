import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { markStage } from '../lib/stage-marker.ts';

/** Builds the Pagefind index of the built site inside `astro build`, no separate step. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'policy-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        markStage('pagefind');
        const t0 = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - t0)} ms`);
        await pagefind.close();
      },
    },
  };
}
