/**
 * Reads the generated collection (content/documents/*.mdx) and writes the search index into a
 * site folder: used by the Astro integration (src/integrations/search-index.ts) and by the
 * build script, which runs it in a process of its own beside Astro (scripts/build-search-index.ts).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';
import { documentBlocks } from '../document-blocks.ts';
import { indexedDocument } from '../search-document.ts';
import { splitFrontmatter } from '../../loaders/mdx-documents.ts';
import { documentSchema } from '../../schema/document.ts';
import { topicRegistrySchema } from '../../schema/registry.ts';
import { linkOrCopy } from '../link-or-copy.ts';
import { fileStamp } from '../page-manifest.ts';
import { buildSearchIndex } from './build-search-index.ts';
import { previousHashes, readIndexManifest, writeIndexManifest, type IndexFileRecord } from './index-manifest.ts';

export interface SearchIndexOptions {
  /** The generated collection. */
  documentsDir: string;
  /** content/, for the topic registry. */
  contentDir: string;
  /** The site folder; the index goes to its search-index/. */
  siteDir: string;
  /**
   * The published site the new index will replace, and the manifest of its index
   * (index-manifest.ts): files whose content is unchanged are linked from there, neither
   * compressed nor written again, and the new manifest is written beside the old one.
   */
  previous?: { siteDir: string; manifest: string };
}

/** Builds and writes the index; returns the number of documents and of files. */
export async function writeSearchIndex({
  documentsDir,
  contentDir,
  siteDir,
  previous,
}: SearchIndexOptions): Promise<{ documents: number; files: number }> {
  const topics = topicRegistrySchema.parse(load(await readFile(join(contentDir, 'topics.yaml'), 'utf8')) ?? []);
  const topicName = new Map(topics.map((t) => [t.slug, t.name]));
  const names = (await readdir(documentsDir)).filter((n) => n.endsWith('.mdx')).sort();
  const docs = names.map((name) => {
    const path = join(documentsDir, name);
    try {
      // Synchronous reads: 10,000 small files read through awaited file handles (open, stat,
      // read, close, each a trip to the thread pool) cost five times the CPU.
      const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      const doc = documentSchema.parse(load(frontmatter, { schema: JSON_SCHEMA }));
      return indexedDocument(doc, documentBlocks(body), (slug) => topicName.get(slug) ?? slug);
    } catch (e) {
      // These files are generated: one that does not read back was edited by hand or half-written.
      throw new Error(
        `search index: ${path} cannot be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); do not edit generated files, run \`npm run build\` to write them again`,
        { cause: e },
      );
    }
  });
  const kept = previous ? readIndexManifest(previous.manifest, previous.siteDir) : new Map<string, IndexFileRecord>();
  const { files, hashes } = await buildSearchIndex(docs, previousHashes(kept));
  const folders = new Set([...files.keys()].map((p) => dirname(join(siteDir, p))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  const records: Record<string, IndexFileRecord> = {};
  const entries = [...files];
  // A few writes at a time: thousands of small files, without thousands of open handles.
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(
      entries.slice(i, i + 64).map(async ([p, bytes]) => {
        const to = join(siteDir, p);
        // An unchanged file is the published one, linked: a hard link keeps its stamp.
        if (bytes === null && previous && linkOrCopy(join(previous.siteDir, p), to)) records[p] = kept.get(p)!;
        else {
          if (bytes !== null) await writeFile(to, bytes);
          records[p] = { hash: hashes.get(p)!, stamp: fileStamp(to)! };
        }
      }),
    );
  }
  if (previous)
    writeIndexManifest(
      previous.manifest,
      previous.siteDir,
      Object.fromEntries(Object.entries(records).sort(([a], [b]) => (a < b ? -1 : 1))),
    );
  return { documents: names.length, files: files.size };
}
