/** Which documents belong to a department's or a topic's feed. */
import type { DocumentData } from '../schema/document.ts';
import type { Department } from '../schema/registry.ts';

/**
 * How many of the newest documents a feed carries: readers poll feeds for what is new, and
 * 10,000 entries would make every poll download megabytes. The whole corpus is in data/.
 */
export const FEED_ENTRIES = 100;

type Doc = Pick<DocumentData, 'issuer' | 'coIssuers' | 'addressee' | 'cc' | 'departmentsMentioned' | 'mentions' | 'interprets' | 'topics'>;

/**
 * A department's documents: those it issued or co-issued, that were addressed or copied (抄送)
 * to it, that mention it, or that interpret measures it issued. The addressee is matched by
 * any of the department's names since it is kept as printed.
 */
export function concernsDepartment(doc: Doc, dept: Pick<Department, 'name' | 'aliases'>): boolean {
  const names = [dept.name, ...dept.aliases];
  const canonical = [
    doc.issuer,
    ...doc.coIssuers,
    ...doc.cc,
    ...doc.departmentsMentioned,
    ...doc.mentions.map((m) => m.department),
    ...(doc.interprets?.issuers ?? []),
  ];
  const addressee = doc.addressee ?? '';
  return canonical.includes(dept.name) || names.some((n) => addressee.includes(n));
}

/** A topic's documents: those tagged with its slug. */
export function concernsTopic(doc: Doc, topicSlug: string): boolean {
  return doc.topics.some((t) => t.slug === topicSlug);
}
