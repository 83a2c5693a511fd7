import { defineCollection } from 'astro:content';
import { recordDocuments } from './archive/record-loader.ts';
import { documentSchema } from './schema/document.ts';

/** The normalised documents: the records scripts/run/build-content.ts writes from content/raw/ beside their MDX files. */
const documents = defineCollection({
  loader: recordDocuments({ base: process.env['DOCUMENTS_DIR'] || 'content/documents' }),
  schema: documentSchema,
});

export const collections = { documents };
