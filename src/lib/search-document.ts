/**
 * The search index entry of one document: a small synthetic HTML page for Pagefind's
 * addHTMLFile, holding only the document's own text (title, 发文字号, body) as bigram tokens,
 * its metadata, filters and date sort key. No navigation chrome ever reaches the index.
 */
import type { BodyBlock } from './document-blocks.ts';
import { compactText, textTokens } from './search-tokens.ts';

/** Chinese names of the document types, as the filters show them. */
export const docTypeNames: Record<string, string> = {
  reply: '答复',
  notice: '通知',
  plan: '规划方案',
  interpretation: '解读',
  opinion: '意见',
  measures: '措施办法',
  report: '报告',
  decision: '决定',
  other: '其他',
};

/** The fields of a document the index needs (a subset of the frontmatter). */
export interface SearchableDocument {
  title: string;
  slug: string;
  docType: string;
  docNumber: string | null;
  issuer: string | null;
  coIssuers: string[];
  region: string | null;
  dateWritten: string | null;
  departmentsMentioned: string[];
  topics: { slug: string }[];
}

/** Where a section starts in the indexed text: [section id ('' before any), position, heading]. */
export type SectionStart = [string, number, string];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sections of a body and the position (character of the compacted text) each starts at. */
export function sectionStarts(blocks: BodyBlock[], offset: number): SectionStart[] {
  const starts: SectionStart[] = [];
  let pos = offset;
  for (const b of blocks) {
    const prev = starts.at(-1);
    if (!prev || prev[0] !== b.section) starts.push([b.section, pos, b.kind === 'heading' ? compactText(b.text) : '']);
    pos += compactText(b.text).length;
  }
  return starts;
}

/** Filter values by filter key; every key of the schema that has values. */
export function searchFilters(doc: SearchableDocument, topicName: (slug: string) => string): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    issuer: [doc.issuer, ...doc.coIssuers].filter((x): x is string => !!x),
    department: doc.departmentsMentioned,
    type: [docTypeNames[doc.docType] ?? doc.docType],
    year: doc.dateWritten ? [doc.dateWritten.slice(0, 4)] : [],
    region: doc.region ? [doc.region] : [],
    topic: doc.topics.map((t) => topicName(t.slug)),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, [...new Set(v)].sort()]));
}

/** The synthetic page Pagefind indexes for a document, and its URL. */
export function searchDocument(doc: SearchableDocument, blocks: BodyBlock[], url: string, topicName: (slug: string) => string): { url: string; content: string } {
  const title = compactText(doc.title);
  const number = compactText(doc.docNumber ?? '');
  const body = blocks.map((b) => b.text).join('');
  const meta: Record<string, string> = {
    title: doc.title,
    docNumber: doc.docNumber ?? '',
    issuer: doc.issuer ?? '',
    date: doc.dateWritten ?? '',
    sections: JSON.stringify(sectionStarts(blocks, title.length + number.length)),
  };
  const head = [
    ...Object.entries(meta).map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeHtml(v)}">`),
    ...Object.entries(searchFilters(doc, topicName)).flatMap(([k, vs]) => vs.map((v) => `<meta data-pagefind-filter="${k}[content]" content="${escapeHtml(v)}">`)),
    doc.dateWritten ? `<meta data-pagefind-sort="date[content]" content="${doc.dateWritten}">` : '',
  ];
  // One token stream over title, number and body, as the page reads them one after the other,
  // in one element: Pagefind does not match a phrase across elements.
  const tokens = textTokens(title + number + body);
  const content = `<!doctype html><html lang="zh"><head>${head.join('')}</head><body><p>${tokens.join(' ')}</p></body></html>`;
  return { url, content };
}
