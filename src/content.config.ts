import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schema/document.ts';

/** The normalised documents, written by scripts/build-content.ts from content/raw/. */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents' }),
  schema: documentSchema,
});

export const collections = { documents };
