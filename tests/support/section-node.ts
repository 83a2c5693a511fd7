import type { SectionNode } from '../../src/schema/document.ts';

/** A node of a document's section tree, written out in a test's own words. */
export const sectionNode = (
  id: string,
  level: number,
  label: string,
  heading: string,
  children: SectionNode[] = [],
): SectionNode => ({
  id,
  level,
  label,
  heading,
  children,
});
