import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { forgetSharedCollections } from '../lib/shared-collections.ts';

/** The module Astro's content runtime imports its data store from (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Lets the built pages read Astro's content-layer data store from its file when they run,
 * instead of carrying it inlined in the prerender bundle.
 *
 * Astro's build turns the store (data-store.json in cacheDir: every document's frontmatter,
 * 38 MB at 10,000 documents) into one module, `export default JSON.parse("…")` with the whole
 * file as a string literal, which the bundler then parses, copies and writes out, and V8
 * compiles: seconds of every build and every rebuild, growing with the archive. The pages of a
 * static build run on the machine that holds the store file, right after Astro has written
 * it, so the module reads the file instead and gives the same value; or rather, when the loader
 * of this process shared its entries (src/lib/shared-collections.ts), a Map of those very
 * entries, which the runtime takes as it is: neither read nor parsed nor copied. Astro's runtime treats a
 * store module that fails to load as an empty store; src/lib/archive.ts checks the entries
 * against the collection's files, so that cannot pass unnoticed.
 */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'policy-archive:data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Before this build's sync: entries an earlier build of the process shared are not this build's.
        forgetSharedCollections();
        // Only the single-file store has this shape; `astro dev` keeps Astro's own module.
        if (command !== 'build' || config.experimental.collectionStorage !== 'single-file') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const shared = fileURLToPath(new URL('../lib/shared-collections.ts', import.meta.url));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'policy-archive:data-store-from-file',
                load: {
                  // Before Astro's own loader of the module, which would inline the file.
                  order: 'pre',
                  handler(id) {
                    if (id !== DATA_STORE_MODULE || this.environment.config.consumer !== 'server') return null;
                    return [
                      `import { readFileSync } from 'node:fs';`,
                      `import { sharedCollections } from ${JSON.stringify(shared)};`,
                      `export default sharedCollections() ?? JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                      '',
                    ].join('\n');
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
