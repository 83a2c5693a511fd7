/**
 * Reads the generated collection (content/documents/*.mdx) and writes the search index into a
 * site folder: used by the Astro integration (src/integrations/search-index.ts) and by the
 * build script, which runs it in a process of its own beside Astro (scripts/build-search-index.ts).
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { documentBlocks } from '../document-blocks.ts';
import { indexedDocument } from '../search-document.ts';
import { splitFrontmatter } from '../../loaders/mdx-documents.ts';
import { documentSchema } from '../../schema/document.ts';
import { topicRegistrySchema } from '../../schema/registry.ts';
import { buildSearchIndex } from './build-search-index.ts';

export interface SearchIndexOptions {
  /** The generated collection. */
  documentsDir: string;
  /** content/, for the topic registry. */
  contentDir: string;
  /** The site folder; the index goes to its search-index/. */
  siteDir: string;
  /** The previous build's site folder, whose unchanged index files are kept as they are. */
  previousSiteDir?: string;
}

/** Builds and writes the index; returns the number of documents and of files. */
export async function writeSearchIndex({
  documentsDir,
  contentDir,
  siteDir,
  previousSiteDir,
}: SearchIndexOptions): Promise<{ documents: number; files: number }> {
  const topics = topicRegistrySchema.parse(parse(await readFile(join(contentDir, 'topics.yaml'), 'utf8')) ?? []);
  const topicName = new Map(topics.map((t) => [t.slug, t.name]));
  const names = (await readdir(documentsDir)).filter((n) => n.endsWith('.mdx')).sort();
  const docs = [];
  for (let i = 0; i < names.length; i += 64) {
    docs.push(
      ...(await Promise.all(
        names.slice(i, i + 64).map(async (name) => {
          const path = join(documentsDir, name);
          try {
            const { frontmatter, body } = splitFrontmatter(await readFile(path, 'utf8'));
            const doc = documentSchema.parse(load(frontmatter, { schema: JSON_SCHEMA }));
            return indexedDocument(doc, documentBlocks(body), (slug) => topicName.get(slug) ?? slug);
          } catch (e) {
            // These files are generated: one that does not read back was edited by hand or half-written.
            throw new Error(
              `search index: ${path} cannot be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); do not edit generated files, run \`npm run build\` to write them again`,
              { cause: e },
            );
          }
        }),
      )),
    );
  }
  const previous = previousSiteDir ? (path: string) => readFile(join(previousSiteDir, path)).catch(() => undefined) : undefined;
  const files = await buildSearchIndex(docs, previous);
  const folders = new Set([...files.keys()].map((p) => dirname(join(siteDir, p))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  const entries = [...files];
  // A few writes at a time: thousands of small files, without thousands of open handles.
  for (let i = 0; i < entries.length; i += 64)
    await Promise.all(entries.slice(i, i + 64).map(([p, bytes]) => writeFile(join(siteDir, p), bytes)));
  return { documents: names.length, files: files.size };
}
