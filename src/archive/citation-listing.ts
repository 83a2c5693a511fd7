/**
 * The citation index: every cited title and document number with the documents that cite it,
 * whether the archive holds the cited document or not; and, for archived documents, who cites them.
 */
import type { DocumentData } from '../schema/document.ts';
import { citationKey } from './citation-key.ts';
import type { DocAt } from './department-roles.ts';
import { newestFirst } from '../views/doc-labels.ts';

export interface CitationEntry {
  key: string;
  kind: 'title' | 'docNumber';
  text: string;
  /** Slug of the archived document, when any citing document resolved it. */
  resolved: string | null;
  citing: DocAt[];
}

const compact = (s: string) => s.replace(/[\s\u3000]/g, '');

/**
 * The citations of a document that name another document. Left out: the document itself (its
 * own number, or a citation resolved to it); a reply's own proposal (its proposal's title, and a
 * 《…》 inside the reply's title, which names the proposal); the document's own attachments (their
 * titles, and the 《…》 a 印发 or 转发 notice's title names, which is the plan it carries).
 */
export function citationsOfOthers(
  doc: Pick<DocumentData, 'slug' | 'title' | 'docType' | 'docNumber' | 'attachments' | 'proposal' | 'citations'>,
): DocumentData['citations'] {
  const inTitle = [...doc.title.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!);
  const carried = /^关于(?:印发|转发)/.test(doc.title) ? inTitle : [];
  const own = new Set(
    [...doc.attachments, ...carried, ...(doc.docType === 'reply' ? [...inTitle, doc.proposal?.title ?? ''] : [])]
      .filter(Boolean)
      .map(compact),
  );
  return doc.citations.filter(
    (c) =>
      c.resolved !== doc.slug &&
      !(c.kind === 'docNumber' && doc.docNumber !== null && compact(c.text) === compact(doc.docNumber)) &&
      !(c.kind === 'title' && own.has(compact(c.text))),
  );
}

/** Entries sorted by kind (titles first) then text in code-point order, and cited-by lists by slug. */
export function citationListing(docs: readonly DocumentData[]): { entries: CitationEntry[]; citedBy: Map<string, DocAt[]> } {
  const byKey = new Map<string, CitationEntry>();
  const citedBy = new Map<string, DocAt[]>();
  for (const doc of docs) {
    for (const c of citationsOfOthers(doc)) {
      const key = citationKey(c.kind, c.text);
      const entry = byKey.get(key) ?? { key, kind: c.kind, text: c.text, resolved: null, citing: [] };
      entry.resolved ??= c.resolved;
      // Documents are visited one at a time, so a repeat from the same document is the last entry.
      const at = entry.citing.at(-1);
      if (at?.doc === doc) at.sections = [...new Set([...at.sections, ...c.sections.filter(Boolean)])];
      else entry.citing.push({ doc, sections: c.sections.filter(Boolean) });
      byKey.set(key, entry);
      if (c.resolved) {
        const list = citedBy.get(c.resolved) ?? [];
        const mine = list.at(-1);
        if (mine?.doc === doc) mine.sections = [...new Set([...mine.sections, ...c.sections.filter(Boolean)])];
        else list.push({ doc, sections: c.sections.filter(Boolean) });
        citedBy.set(c.resolved, list);
      }
    }
  }
  const entries = [...byKey.values()].sort((a, b) =>
    a.kind !== b.kind ? (a.kind === 'title' ? -1 : 1) : a.text < b.text ? -1 : a.text > b.text ? 1 : 0,
  );
  for (const e of entries) e.citing.sort((a, b) => newestFirst(a.doc, b.doc));
  for (const list of citedBy.values()) list.sort((a, b) => newestFirst(a.doc, b.doc));
  return { entries, citedBy };
}

/** Citing documents an index entry lists: the newest `limit`, and how many more there are. */
export function listedCiting(entry: Pick<CitationEntry, 'citing'>, limit: number): { shown: DocAt[]; more: number } {
  return { shown: entry.citing.slice(0, limit), more: Math.max(0, entry.citing.length - limit) };
}
