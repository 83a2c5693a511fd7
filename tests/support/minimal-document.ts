/** Shared by unit tests: the frontmatter of a document with only the required fields set. */
import { documentSchema } from '../../src/schema/document.ts';

export const minimalData = documentSchema.parse({
  title: '标题',
  slug: 'x',
  source: 'x.txt',
  docType: 'other',
  docNumber: null,
  issuer: null,
  region: null,
  dateWritten: null,
});
