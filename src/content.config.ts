import { defineCollection } from 'astro:content';
import { recordDocuments } from './archive/record-loader.ts';
import { documentsFolder } from './site/site-settings.ts';
import { documentSchema } from './schema/document.ts';

/** The normalised documents: the records scripts/run/build-content.ts writes from content/raw/ beside their MDX files. */
const documents = defineCollection({
  loader: recordDocuments({ base: documentsFolder() }),
  schema: documentSchema,
});

export const collections = { documents };
