/**
 * Scores a normalised document against a careful reader's record of it (an `expected.json`
 * entry, see ../shared/corpus/README.md): for every stated field, right or wrong, and what
 * was found instead. Shared by `npm run bench:extract` and the unit tests of the development
 * set, so both judge a field the same way. Comparisons ignore whitespace, as the README says.
 */
import type { DocumentData, SectionNode } from '../../src/schema/document.ts';
import type { Block, RemovedLine } from '../ingest/types.ts';

/** One entry of an expected.json: the file and the fields a reader stated for it. */
export interface ExpectedRecord {
  file: string;
  [field: string]: unknown;
}

/** What scoring needs of a normalised document. */
export interface Scored {
  data: DocumentData;
  blocks: readonly Block[];
  removed: readonly RemovedLine[];
}

/** The verdict on one stated field. */
export interface FieldScore {
  field: string;
  ok: boolean;
  /** What the normaliser found, whitespace removed (for the report). */
  found: unknown;
  expected: unknown;
}

const squeeze = (s: string) => s.replace(/\s/g, '');
/** A value with whitespace removed from every string in it, `undefined` as null. */
export const compact = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v ?? null, (_k, x: unknown) => (typeof x === 'string' ? squeeze(x) : x))) as unknown;
const same = (a: unknown, b: unknown) => JSON.stringify(compact(a)) === JSON.stringify(compact(b));
const flatten = (nodes: readonly SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

/** Lists whose expected value is the minimum to be found (more are fine). */
function missingFrom(found: readonly string[], wanted: unknown): string[] {
  const have = new Set(found.map(squeeze));
  return ((wanted as string[] | null) ?? []).filter((w) => !have.has(squeeze(w)));
}

/** What the document gives for a stated field, and whether it is right. */
function judge(field: string, expected: unknown, doc: Scored): { ok: boolean; found: unknown } {
  const { data, blocks, removed } = doc;
  const blockTexts = blocks.map((b) => squeeze(b.text));
  switch (field) {
    case 'topLevelSections':
    case 'level1': {
      const found = data.sections.map((s) => s.heading);
      return { ok: same(found, expected), found };
    }
    case 'level2Count':
    case 'level3Count': {
      const level = field === 'level2Count' ? 2 : 3;
      const found = flatten(data.sections).filter((s) => s.level === level).length;
      return { ok: found === expected, found };
    }
    case 'cc':
    case 'coIssuers':
    case 'categories':
    case 'attachments': {
      // null ("not stated in the document") and [] are one answer for a list.
      const found = data[field];
      return { ok: same(found, expected ?? []), found };
    }
    case 'proposal': {
      const found = data.proposal;
      if (expected === null || found === null) return { ok: expected === found, found };
      // Only the keys the reader stated are compared; numbers as their digits.
      const wanted = expected as Record<string, unknown>;
      const got = found as unknown as Record<string, unknown>;
      const digits = (v: unknown) => (typeof v === 'number' ? String(v) : (v ?? null));
      const ok = Object.keys(wanted).every((k) => same(digits(got[k]), digits(wanted[k])));
      return { ok, found };
    }
    case 'departmentsMentioned': {
      const missing = missingFrom(data.departmentsMentioned, expected);
      return { ok: missing.length === 0, found: missing.length ? { missing } : 'all' };
    }
    case 'citationsInclude':
    case 'docNumbersCited': {
      const kind = field === 'citationsInclude' ? 'title' : 'docNumber';
      const missing = missingFrom(
        data.citations.filter((c) => c.kind === kind).map((c) => c.text),
        expected,
      );
      return { ok: missing.length === 0, found: missing.length ? { missing } : 'all' };
    }
    case 'joins': {
      const apart = (expected as [string, string][]).filter(
        ([a, b]) => !blockTexts.some((t) => t.includes(squeeze(a) + squeeze(b))),
      );
      return { ok: apart.length === 0, found: apart.length ? { apart } : 'all' };
    }
    case 'boilerplateRemoved': {
      const lines = expected as string[];
      const kept = lines.filter(
        (l) => !removed.some((r) => squeeze(r.text) === squeeze(l)) || blockTexts.some((t) => t.includes(squeeze(l))),
      );
      return { ok: kept.length === 0, found: kept.length ? { kept } : 'all' };
    }
    default: {
      const found = (data as unknown as Record<string, unknown>)[field] ?? null;
      return { ok: same(found, expected), found };
    }
  }
}

/** Every stated field of one record, judged. */
export function scoreDocument(expected: ExpectedRecord, doc: Scored): FieldScore[] {
  return Object.keys(expected)
    .filter((k) => k !== 'file')
    .map((field) => ({ field, expected: compact(expected[field]), ...judge(field, expected[field], doc) }));
}
