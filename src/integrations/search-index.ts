import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { documentBlocks } from '../lib/document-blocks.ts';
import { indexedDocument } from '../lib/search-document.ts';
import { buildSearchIndex } from '../lib/search-index/build-search-index.ts';
import { splitFrontmatter } from '../loaders/mdx-documents.ts';
import { documentSchema } from '../schema/document.ts';
import { topicRegistrySchema } from '../schema/registry.ts';
import { markStage } from '../lib/stage-marker.ts';

/**
 * Writes the search index (src/lib/search-index/) after `astro build` (astro:build:done), from
 * the documents of content/documents/ only, never from the built HTML with its navigation.
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
        markStage('search');
        const t0 = performance.now();
        const docsDir = resolve(root, process.env['DOCUMENTS_DIR'] || 'content/documents');
        const topics = topicRegistrySchema.parse(parse(await readFile(join(root, 'content/topics.yaml'), 'utf8')) ?? []);
        const topicName = new Map(topics.map((t) => [t.slug, t.name]));
        const names = (await readdir(docsDir)).filter((n) => n.endsWith('.mdx')).sort();
        const docs = await Promise.all(
          names.map(async (name) => {
            const { frontmatter, body } = splitFrontmatter(await readFile(join(docsDir, name), 'utf8'));
            const doc = documentSchema.parse(load(frontmatter, { schema: JSON_SCHEMA }));
            return indexedDocument(doc, documentBlocks(body), (slug) => topicName.get(slug) ?? slug);
          }),
        );
        const files = await buildSearchIndex(docs);
        const out = fileURLToPath(dir);
        const folders = new Set([...files.keys()].map((p) => dirname(join(out, p))));
        for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
        const entries = [...files];
        // A few writes at a time: thousands of small files, without thousands of open handles.
        for (let i = 0; i < entries.length; i += 64) await Promise.all(entries.slice(i, i + 64).map(([p, bytes]) => writeFile(join(out, p), bytes)));
        logger.info(`search index: ${names.length} documents, ${files.size} files in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
