import { docTypeLabels } from '../schema/doc-types.ts';
import type { DocumentData } from '../schema/document.ts';
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

/** The archive's one date policy and order, kept here for the modules that import them from this file. */
export { documentDate, byNewest as newestFirst } from '../archive/document-date.ts';

/** 《》 inside a title that is itself put in 《》 become 〈〉, as GB/T 15834 nests book-title marks. */
export const innerTitleMarks = (title: string): string => title.replace(/《/g, '〈').replace(/》/g, '〉');

/**
 * What tells a reply (答复) apart from the hundreds titled alike (对省政协…第224号委员提案的答复):
 * the title and number of the proposal it answers, 提案《关于打造…的建议》（第224号）; 提案《…》
 * or 第224号提案 when the data holds only one of them (建议 for a deputy's suggestion); null for
 * other documents.
 */
export function proposalSubtitle(doc: Pick<DocumentData, 'proposal'>): string | null {
  const p = doc.proposal;
  if (!p || (!p.title && !p.number)) return null;
  const { item } = proposalWords[p.kind];
  if (!p.title) return `第${p.number}号${item}`;
  return `${item}《${innerTitleMarks(p.title)}》${p.number ? `（第${p.number}号）` : ''}`;
}
