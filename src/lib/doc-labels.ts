import type { DocumentData } from '../schema/document.ts';
import type { Department } from '../schema/registry.ts';

/** Chinese names of the document types (文种), for headings and browse pages. */
export const docTypeLabel: Record<DocumentData['docType'], string> = {
  reply: '答复',
  notice: '通知',
  plan: '规划、方案',
  interpretation: '解读',
  opinion: '意见',
  measures: '措施、办法',
  report: '报告',
  decision: '决定',
  other: '其他',
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

/** The archive's one date policy and order, kept here for the modules that import them from this file. */
export { documentDate, byNewest as newestFirst } from './document-date.ts';

/** 《》 inside a title that is itself put in 《》 become 〈〉, as GB/T 15834 nests book-title marks. */
export const innerTitleMarks = (title: string): string => title.replace(/《/g, '〈').replace(/》/g, '〉');

/**
 * What tells a reply (答复) apart from the hundreds titled alike (对省政协…第224号委员提案的答复):
 * the title and number of the proposal it answers, 提案《关于打造…的建议》（第224号）; 提案《…》
 * or 第224号提案 when the data holds only one of them; null for other documents.
 */
export function proposalSubtitle(doc: Pick<DocumentData, 'proposal'>): string | null {
  const p = doc.proposal;
  if (!p || (!p.title && !p.number)) return null;
  if (!p.title) return `第${p.number}号提案`;
  return `提案《${innerTitleMarks(p.title)}》${p.number ? `（第${p.number}号）` : ''}`;
}
