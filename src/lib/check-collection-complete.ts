import { existsSync, readdirSync } from 'node:fs';

/**
 * Throws when the documents collection holds another number of entries than its folder has
 * MDX files: Astro's runtime takes a data store it cannot load for an empty one (see
 * src/integrations/data-store-from-file.ts), and that must fail the build, not publish an
 * empty archive.
 */
export function checkCollectionComplete(entries: number, dir: string): void {
  const files = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.mdx')).length
    : 0;
  if (entries !== files) {
    throw new Error(
      `the documents collection has ${entries} entries but ${dir} has ${files} .mdx files: Astro's data store was not read in full. Run the build again; if this persists, delete Astro's cache folder (ASTRO_CACHE_DIR, default node_modules/.astro).`,
    );
  }
}
