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
  office: '办公厅',
  constituent: '组成部门',
  special: '直属特设机构',
  affiliated: '直属机构',
  agency: '办事机构',
  institution: '直属事业单位',
  managed: '部门管理机构（国家局）',
  unit: '内设机构（司、局）',
  party: '党委机构',
  group: '议事协调机构',
  cppcc: '政协',
  congress: '人大',
  other: '其他机构',
  unlisted: '未收录机构（据文件所印全称）',
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
