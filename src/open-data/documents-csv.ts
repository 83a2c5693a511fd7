/**
 * data/documents.csv: one row per document, UTF-8 with a BOM (so spreadsheet programs read
 * the Chinese correctly), RFC 4180 quoting and CRLF line ends. List fields are joined by ；,
 * nested objects become dotted columns (proposal.number), null becomes an empty cell. A text
 * cell that a spreadsheet would run as a formula (starting with =, +, -, @, TAB or CR, or their
 * full-width forms) gets a leading ' (OWASP's advice against CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord } from './data-records.ts';

export interface CsvColumn {
  name: string;
  /** What the column holds, for the 数据 page. */
  description: string;
  value: (r: DocumentRecord) => string | number | null | undefined;
}

/** The list separator inside a cell. */
export const LIST_SEPARATOR = '；';
const list = (xs: readonly (string | null)[]) => xs.filter((x) => x !== null).join(LIST_SEPARATOR);

const same = (name: keyof DocumentRecord, description: string): CsvColumn => ({
  name,
  description,
  value: (r) => {
    const v = r[name];
    return Array.isArray(v) ? list(v as string[]) : (v as string | null);
  },
});

/** The columns in order; the 数据 page lists them from here. */
export const csvColumns: CsvColumn[] = [
  same('slug', '网址标识'),
  same('title', '标题'),
  same('url', '文件页面的网址（站内路径）'),
  same('source', '源文件名'),
  same('docType', '文种（英文代码，见 JSON 字段 docType）'),
  same('docNumber', '发文字号'),
  same('issuer', '发文机关'),
  same('coIssuers', '联合发文机关，以“；”分隔'),
  same('region', '地区'),
  same('indexNumber', '索引号'),
  same('categories', '分类，以“；”分隔'),
  same('dateWritten', '成文日期 YYYY-MM-DD'),
  same('datePublished', '发布日期 YYYY-MM-DD'),
  same('addressee', '主送机关或收件人'),
  { name: 'proposal.kind', description: 'proposal 政协委员提案，suggestion 人大代表建议', value: (r) => r.proposal?.kind },
  { name: 'proposal.proposer', description: '提案人或建议人', value: (r) => r.proposal?.proposer },
  { name: 'proposal.session', description: '提案或建议的会议届次', value: (r) => r.proposal?.session },
  { name: 'proposal.number', description: '提案号或建议号', value: (r) => r.proposal?.number },
  { name: 'proposal.occasion', description: '提案的场合（非会议期间）', value: (r) => r.proposal?.occasion },
  { name: 'proposal.title', description: '提案或建议的标题', value: (r) => r.proposal?.title },
  { name: 'interprets.title', description: '被解读文件的标题', value: (r) => r.interprets?.title },
  {
    name: 'interprets.issuers',
    description: '被解读文件的发文机关，以“；”分隔',
    value: (r) => (r.interprets ? list(r.interprets.issuers) : null),
  },
  { name: 'interprets.issuerCount', description: '被解读文件的联合发文机关数', value: (r) => r.interprets?.issuerCount },
  same('attachments', '附件标题，以“；”分隔'),
  { name: 'signature.name', description: '落款署名', value: (r) => r.signature?.name },
  { name: 'signature.date', description: '落款日期 YYYY-MM-DD', value: (r) => r.signature?.date },
  same('contact', '联系人及电话'),
  same('cc', '抄送机关，以“；”分隔'),
  same('departmentsMentioned', '正文提及的机关，以“；”分隔'),
  { name: 'topics', description: '主题标识，以“；”分隔', value: (r) => list(r.topics.map((t) => t.slug)) },
];

/** The CSV text of the records, in the order given. */
export function documentsCsv(records: readonly DocumentRecord[]): string {
  const rows = records.map((r) => csvColumns.map((c) => c.value(r) ?? ''));
  return stringify(rows, {
    bom: true,
    header: true,
    columns: csvColumns.map((c) => c.name),
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
