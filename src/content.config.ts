import { defineCollection } from 'astro:content';
import { mdxDocuments } from './loaders/mdx-documents.ts';
import { documentSchema } from './schema/document.ts';

/** The normalised documents: MDX files written by scripts/build-content.ts from content/raw/. */
const documents = defineCollection({
  loader: mdxDocuments({ base: process.env['DOCUMENTS_DIR'] || 'content/documents' }),
  schema: documentSchema,
});

export const collections = { documents };
