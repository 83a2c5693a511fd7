import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { JSON_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { documentBlocks } from '../lib/document-blocks.ts';
import { searchDocument } from '../lib/search-document.ts';
import { splitFrontmatter } from '../loaders/mdx-documents.ts';
import { documentSchema } from '../schema/document.ts';
import { topicRegistrySchema } from '../schema/registry.ts';
import { markStage } from '../lib/stage-marker.ts';

/**
 * Builds the Pagefind index inside `astro build` (astro:build:done), from the documents of
 * content/documents/ only: one synthetic page per document of bigram tokens (see
 * src/lib/search-tokens.ts and src/lib/search-document.ts), never the built HTML with its
 * navigation.
 */
export function pagefindIndex(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'policy-archive:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        markStage('pagefind');
        const t0 = performance.now();
        const docsDir = resolve(root, process.env['DOCUMENTS_DIR'] || 'content/documents');
        const topics = topicRegistrySchema.parse(parse(await readFile(join(root, 'content/topics.yaml'), 'utf8')) ?? []);
        const topicName = (slug: string) => topics.find((t) => t.slug === slug)?.name ?? slug;
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const files = (await readdir(docsDir)).filter((n) => n.endsWith('.mdx')).sort();
        for (const name of files) {
          const { frontmatter, body } = splitFrontmatter(await readFile(join(docsDir, name), 'utf8'));
          const doc = documentSchema.parse(load(frontmatter, { schema: JSON_SCHEMA }));
          const page = searchDocument(doc, documentBlocks(body), `${base}documents/${doc.slug}/`, topicName);
          const added = await index.addHTMLFile(page);
          if (added.errors.length) throw new Error(`pagefind: ${name}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${files.length} documents in ${Math.round(performance.now() - t0)} ms`);
        await pagefind.close();
      },
    },
  };
}
