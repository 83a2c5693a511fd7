import type { AstroIntegration } from 'astro';
import { startPageCache, writePlan } from '../lib/page-cache.ts';

/**
 * Hands the page cache's plan (src/lib/page-cache.ts) to scripts/reuse-pages.ts at the end of
 * the build. Comes after the sitemap integration, which records each rendered page's facts.
 */
export function pageCache(): AstroIntegration {
  return {
    name: 'policy-archive:page-cache',
    hooks: {
      'astro:build:start': () => startPageCache(),
      'astro:build:done': ({ logger }) => {
        const plan = writePlan();
        if (plan) logger.info(`${plan.rendered} fingerprinted file(s) rendered, ${plan.reused} to reuse from the previous build`);
      },
    },
  };
}
