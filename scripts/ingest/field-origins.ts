import type { Correction, DocumentData } from '../../src/schema/document.ts';
import type { HeaderField, HeaderValue } from './parse-header.ts';
import type { Block, BlockRole } from './types.ts';

/** Where each extracted field may come from: the header key, then the document's own element. */
const FROM: Partial<Record<keyof DocumentData, { header?: HeaderField; roles?: BlockRole[]; note?: string }>> = {
  title: { header: 'title', roles: ['title'] },
  docNumber: { header: 'docNumber', roles: ['docNumber'] },
  issuer: { header: 'issuer', roles: ['banner', 'signature'], note: 'canonical name from the department registry' },
  indexNumber: { header: 'indexNumber' },
  categories: { header: 'categories' },
  dateWritten: { header: 'dateWritten', roles: ['date'] },
  datePublished: { header: 'datePublished' },
  addressee: { roles: ['addressee'] },
  signature: { roles: ['signature', 'date'] },
  contact: { roles: ['contact'] },
  cc: { roles: ['cc'], note: 'canonical names from the department registry' },
  attachments: { roles: ['attachmentTitle'] },
};

/** Fields computed from the whole text rather than read from one place. */
const DERIVED: Partial<Record<keyof DocumentData, string>> = {
  slug: 'derived from 发文字号 (or title and year)',
  docType: 'derived from the word the title ends with',
  region: "derived from the issuer's registry entry, the issuer's name, the 发文字号 or the title",
  proposal: 'derived from the title, addressee and opening paragraph',
  interprets: 'derived from the title and the paragraph naming the issuing bodies',
  coIssuers: 'derived from the issuers named together',
  departmentsMentioned: 'department registry matched in the text',
  mentions: 'department registry matched in the text',
  topics: 'topic keywords matched in the text',
  citations: '《》 titles and 发文字号 found in the text',
  sections: 'numbered headings (一、 （一） 1. （1） 一是)',
};

const lineList = (lines: readonly number[]) => (lines.length === 1 ? `line ${lines[0]!}` : `lines ${lines[0]!}–${lines.at(-1)!}`);

/**
 * For the build report: where each field of the record came from, e.g. title → "header line 12",
 * dateWritten → "date line 59", cc → "cc line 66 (canonical names …)", issuer → "correction".
 */
export function fieldOrigins(
  data: DocumentData,
  header: Partial<Record<HeaderField, HeaderValue>>,
  blocks: readonly Block[],
  correction: Correction,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(data) as (keyof DocumentData)[]) {
    if (key === 'source') continue;
    if (key in correction) {
      out[key] = 'correction file';
      continue;
    }
    const value = data[key];
    if (value === null || (Array.isArray(value) && value.length === 0)) {
      out[key] = 'not stated';
      continue;
    }
    const from = FROM[key];
    const h = from?.header ? header[from.header] : undefined;
    const block = from?.roles ? blocks.find((b) => from.roles!.includes(b.role) && b.part === 0) : undefined;
    const place = h ? `header line ${h.line}` : block ? `${block.role} ${lineList(block.lines)}` : (DERIVED[key] ?? 'derived');
    out[key] = from?.note ? `${place} (${from.note})` : place;
  }
  return out;
}
