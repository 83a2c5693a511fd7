import { docTypeLabels, type DocumentData } from '../schema/document.ts';
import type { Department } from '../schema/registry.ts';

/** Chinese names of the document types (文种), for headings and browse pages. */
export const docTypeLabel: Record<DocumentData['docType'], string> = docTypeLabels;

/** How a page names the proposal a reply answers: a CPPCC member's 提案 or an NPC deputy's 建议. */
export const proposalWords: Record<NonNullable<DocumentData['proposal']>['kind'], { person: string; item: string }> = {
  proposal: { person: '委员', item: '提案' },
  suggestion: { person: '代表', item: '建议' },
};

/** Chinese names of the kinds of government body, for grouping the departments index. */
export const departmentKindLabel: Record<Department['kind'], string> = {
  government: '人民政府',
  department: '政府组成部门',
  office: '办事机构',
  party: '党委机构',
  group: '议事协调机构',
  cppcc: '政协',
  congress: '人大',
  national: '国家机关',
  other: '其他机构',
};

/** The date a document is filed under: 成文日期, else 发布日期, else the signature's. */
export function documentDate(d: Pick<DocumentData, 'dateWritten' | 'datePublished' | 'signature'>): string | null {
  return d.dateWritten ?? d.datePublished ?? d.signature?.date ?? null;
}

/** Newest first, undated last, then by slug so the order never depends on the disk. */
export function newestFirst(a: DocumentData, b: DocumentData): number {
  const da = documentDate(a) ?? '';
  const db = documentDate(b) ?? '';
  return db < da ? -1 : db > da ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
