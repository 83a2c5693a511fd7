/**
 * The content loader of the documents collection: the generated MDX files of
 * content/documents/, frontmatter validated by the collection's schema.
 *
 * Why not Astro's glob() loader: it hands every .mdx entry to the MDX pipeline as a deferred
 * Vite module, and bundling those costs ~15 ms per document even when no page renders them
 * (16 s at 1,000 documents, minutes at 10,000). The bodies are instead read back from their
 * syntax tree (src/lib/document-blocks.ts) and rendered by our components, which is safe by
 * construction (source text only ever becomes escaped text) and costs ~1 ms per document.
 * Entries whose file is unchanged since the last build keep their stored data (digest check).
 *
 * The store holds the frontmatter, not the body: a page that shows a body reads it from the
 * entry's file (src/lib/document-text.ts). Bodies are two thirds of an archive's bytes, and
 * Astro keeps its data store several times over during a build (the store itself, its JSON,
 * the bundled module's source and the parsed copy): at 10,000 documents, leaving the bodies
 * out took the store from 158 to 38 MB, Vite's bundling of it from 14 to 4 s, and the
 * process's memory while bundling from 2.8 to 1.7 GB.
 */
import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA, load } from 'js-yaml';
import { fileStamp } from '../lib/page-manifest.ts';
import { shareCollection } from '../lib/shared-collections.ts';

/** Splits a generated MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) return { frontmatter: '', body: source };
  return { frontmatter: m[1]!, body: source.slice(m[0].length).replace(/^\n/, '') };
}

export function mdxDocuments(options: { base: string }): Loader {
  return {
    name: 'policy-archive:mdx-documents',
    // LoaderContext declares parseData and generateDigest as methods; Astro passes plain arrow
    // functions, and its own loaders take them out of the context the same way.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- see above
    load: async ({ collection, store, meta, parseData, generateDigest, config, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, options.base);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      let parsed = 0;
      for (const name of names) {
        const id = name.slice(0, -'.mdx'.length);
        seen.add(id);
        const filePath = join(dir, name);
        const stored = store.get(id);
        const samePlace = stored?.filePath === relative(root, filePath);
        // The build script leaves an unchanged MDX file in place (same inode, size and time) and
        // writes a changed one as a new file: a file whose stamp is the one its entry was loaded
        // from is not read again. The stamp is checked only for an entry from this very file.
        const stamp = fileStamp(filePath) ?? '';
        if (samePlace && stamp !== '' && meta.get(`stamp:${id}`) === stamp) continue;
        // Read synchronously: awaiting 10,000 small reads one after another takes four times as long.
        const source = readFileSync(filePath, 'utf8');
        const digest = generateDigest(source);
        // An entry is kept only when both its file's content and its place are the same: the
        // pages read bodies from that file, and the same store may serve another DOCUMENTS_DIR.
        meta.set(`stamp:${id}`, stamp);
        if (stored?.digest === digest && samePlace) continue;
        const { frontmatter } = splitFrontmatter(source);
        // js-yaml, as Astro itself uses, reads this frontmatter ~15 times faster than `yaml` does.
        const data = await parseData({
          id,
          data: (load(frontmatter, { schema: JSON_SCHEMA }) ?? {}) as Record<string, unknown>,
          filePath,
        });
        store.set({ id, data, digest, filePath: relative(root, filePath) });
        parsed++;
      }
      for (const id of store.keys()) {
        if (seen.has(id)) continue;
        store.delete(id);
        meta.delete(`stamp:${id}`);
      }
      logger.info(`${names.length} documents (${parsed} changed)`);
      // The built pages of this process take the entries from here, not from the store's file.
      shareCollection(collection, () => store.entries());
    },
  };
}
