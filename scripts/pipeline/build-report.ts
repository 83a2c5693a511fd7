import type { ChunkDocument } from './normalise-chunk.ts';

/** The build report of one document: what the normaliser did and what it could not do. */
export interface DocumentReport {
  source: string;
  slug: string;
  encoding: string;
  /** Each field and where it came from. */
  fields: Record<string, string>;
  /** Web-page lines removed as junk, with the rule that matched. */
  junkRemoved: { line: number; text: string; rule: string }[];
  /** Source line pairs joined because a page break split a sentence. */
  joins: [number, number][];
  /** Names that look like government bodies but are not in content/departments.yaml. */
  unknownDepartments: string[];
  /** Citations that match no archived document. */
  unresolvedCitations: string[];
  warnings: string[];
}

export interface BuildReport {
  documents: DocumentReport[];
  totals: { documents: number; junkRemoved: number; joins: number; unknownDepartments: number; unresolvedCitations: number; warnings: number };
}

/** Things a reader of the report should look at: fields a document of its type normally has. */
function warningsOf(d: ChunkDocument): string[] {
  const w: string[] = [];
  if (!d.data.issuer) w.push('no issuer found (发文机关): set issuer in the correction file');
  if (!d.data.dateWritten && d.data.docType !== 'interpretation') w.push('no 成文日期 found: set dateWritten in the correction file');
  if (!d.data.region) w.push('no region found: set region in the correction file');
  if (d.data.sections.length === 0) w.push('no numbered sections found');
  return w;
}

/** The report of a whole build, documents in source order. */
export function buildReport(documents: readonly ChunkDocument[]): BuildReport {
  const reports = documents.map((d): DocumentReport => ({
    source: d.data.source,
    slug: d.data.slug,
    encoding: d.encoding,
    fields: d.origins,
    junkRemoved: d.removed,
    joins: d.joins,
    unknownDepartments: d.unknownDepartments,
    unresolvedCitations: d.data.citations.filter((c) => c.resolved === null).map((c) => c.text),
    warnings: warningsOf(d),
  }));
  const sum = (f: (r: DocumentReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  return {
    documents: reports,
    totals: {
      documents: reports.length,
      junkRemoved: sum((r) => r.junkRemoved.length),
      joins: sum((r) => r.joins.length),
      unknownDepartments: sum((r) => r.unknownDepartments.length),
      unresolvedCitations: sum((r) => r.unresolvedCitations.length),
      warnings: sum((r) => r.warnings.length),
    },
  };
}

/** The short readable summary printed on the console. */
export function reportSummary(report: BuildReport, where: string): string {
  const t = report.totals;
  const lines = [`build-content: ${t.documents} document(s); ${t.junkRemoved} junk line(s) removed, ${t.joins} line join(s), ${t.unknownDepartments} unknown department name(s), ${t.unresolvedCitations} unresolved citation(s), ${t.warnings} warning(s)`];
  const unknown = [...new Set(report.documents.flatMap((d) => d.unknownDepartments))].sort();
  if (unknown.length > 0) lines.push(`  not in content/departments.yaml: ${unknown.slice(0, 10).join('、')}${unknown.length > 10 ? ` … (${unknown.length})` : ''}`);
  for (const d of report.documents.filter((r) => r.warnings.length > 0).slice(0, 10)) lines.push(`  ${d.source}: ${d.warnings.join('; ')}`);
  lines.push(`  full report: ${where}`);
  return lines.join('\n');
}
