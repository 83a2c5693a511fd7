import type { StoredDocument } from '../corpus/record-store.ts';

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
  totals: {
    documents: number;
    junkRemoved: number;
    joins: number;
    unknownDepartments: number;
    unresolvedCitations: number;
    warnings: number;
  };
}

/** Things a reader of the report should look at: fields a document of its type normally has. */
function warningsOf(d: StoredDocument): string[] {
  // Fields filled by a fallback first: they are published, and a person should check them.
  const w: string[] = d.attention.map((a) => `line ${a.line}: ${a.message}; ${a.hint}`);
  if (!d.data.dateWritten && d.data.datePublished && d.data.docType !== 'interpretation')
    w.push('no 成文日期 found (only 发布日期): set dateWritten in the correction file');
  if (!d.data.region) w.push('no region found: set region in the correction file');
  if (d.data.sections.length === 0) w.push('no numbered sections found');
  return w;
}

/** The report entry of one document. */
export function reportEntry(d: StoredDocument): DocumentReport {
  return {
    source: d.data.source,
    slug: d.data.slug,
    encoding: d.encoding,
    fields: d.origins,
    junkRemoved: d.removed,
    joins: d.joins,
    unknownDepartments: d.unknownDepartments,
    unresolvedCitations: d.data.citations.filter((c) => c.resolved === null).map((c) => c.text),
    warnings: warningsOf(d),
  };
}

/** What one document adds to the report's totals and to the console summary. */
export interface DigestEntry {
  source: string;
  junkRemoved: number;
  joins: number;
  unknownDepartments: string[];
  unresolvedCitations: number;
  warnings: string[];
}

export const digestEntryOf = (r: DocumentReport): DigestEntry => ({
  source: r.source,
  junkRemoved: r.junkRemoved.length,
  joins: r.joins.length,
  unknownDepartments: r.unknownDepartments,
  unresolvedCitations: r.unresolvedCitations.length,
  warnings: r.warnings,
});

/** A ReportDigest as plain data, to cross a worker boundary. */
export interface DigestData {
  totals: BuildReport['totals'];
  unknown: string[];
  warned: DigestEntry[];
}

/** How the build script got its records and what it did to the output folder. */
export interface BuildStats {
  /** Sources whose record came from the cache, and sources parsed. */
  reused: number;
  parsed: number;
  /** MDX files written, files left as they were, files of removed sources deleted. */
  written: number;
  unchanged: number;
  removed: number;
}

/** The most documents with warnings the console summary names. */
const WARNED_SHOWN = 10;

/** Totals and what the console summary names, gathered one entry at a time. */
export class ReportDigest {
  readonly totals: BuildReport['totals'] = {
    documents: 0,
    junkRemoved: 0,
    joins: 0,
    unknownDepartments: 0,
    unresolvedCitations: 0,
    warnings: 0,
  };
  readonly unknown = new Set<string>();
  readonly warned: DigestEntry[] = [];
  /** Set by the build script: cache use and files written. */
  stats: BuildStats | undefined;

  add(r: DigestEntry): void {
    this.totals.documents++;
    this.totals.junkRemoved += r.junkRemoved;
    this.totals.joins += r.joins;
    this.totals.unknownDepartments += r.unknownDepartments.length;
    this.totals.unresolvedCitations += r.unresolvedCitations;
    this.totals.warnings += r.warnings.length;
    for (const u of r.unknownDepartments) this.unknown.add(u);
    if (r.warnings.length > 0 && this.warned.length < WARNED_SHOWN) this.warned.push(r);
  }

  toData(): DigestData {
    return { totals: this.totals, unknown: [...this.unknown], warned: this.warned };
  }

  /** Adds the digest of the entries that come after this one's, as if they were added one by one. */
  merge(d: DigestData): void {
    for (const k of Object.keys(this.totals) as (keyof BuildReport['totals'])[]) this.totals[k] += d.totals[k];
    for (const u of d.unknown) this.unknown.add(u);
    this.warned.push(...d.warned.slice(0, WARNED_SHOWN - this.warned.length));
  }
}

/** The report of a whole build, documents in source order. */
export function buildReport(documents: readonly StoredDocument[]): BuildReport {
  const digest = new ReportDigest();
  const reports = documents.map(reportEntry);
  reports.forEach((r) => digest.add(digestEntryOf(r)));
  return { documents: reports, totals: digest.totals };
}

/** The digest of a finished report. */
export function digestOf(report: BuildReport): ReportDigest {
  const digest = new ReportDigest();
  report.documents.forEach((r) => digest.add(digestEntryOf(r)));
  return digest;
}

/** The short readable summary printed on the console. */
export function reportSummary(digest: ReportDigest, where: string): string {
  const t = digest.totals;
  const lines = [
    `build-content: ${t.documents} document(s); ${t.junkRemoved} junk line(s) removed, ${t.joins} line join(s), ${t.unknownDepartments} unknown department name(s), ${t.unresolvedCitations} unresolved citation(s), ${t.warnings} warning(s)`,
  ];
  const unknown = [...digest.unknown].sort();
  if (unknown.length > 0)
    lines.push(
      `  not in content/departments.yaml: ${unknown.slice(0, 10).join('、')}${unknown.length > 10 ? ` … (${unknown.length})` : ''}`,
    );
  for (const d of digest.warned) lines.push(`  ${d.source}: ${d.warnings.join('; ')}`);
  const s = digest.stats;
  if (s)
    lines.push(
      `  records: ${s.reused} reused from the cache, ${s.parsed} parsed; MDX files: ${s.written} written, ${s.unchanged} unchanged, ${s.removed} removed`,
    );
  lines.push(`  full report: ${where}`);
  return lines.join('\n');
}
