import { documentSchema, type Correction, type DocumentData } from '../../src/schema/document.ts';
import type { Topic } from '../../src/schema/registry.ts';
import { BuildError } from './build-error.ts';
import { classifyBlocks } from './classify-blocks.ts';
import { checkFidelity } from './check-fidelity.ts';
import { classifyHead } from './classify-head.ts';
import type { DepartmentIndex } from './department-index.ts';
import { extractFields } from './extract-fields.ts';
import { fieldOrigins } from './field-origins.ts';
import { findCitations } from './find-citations.ts';
import { findMentions } from './find-mentions.ts';
import { findTopics } from './find-topics.ts';
import { joinLines } from './join-lines.ts';
import { junkRule } from './junk-patterns.ts';
import { makeSlug } from './make-slug.ts';
import { parseHeader } from './parse-header.ts';
import { resolveDepartments } from './resolve-departments.ts';
import { splitLines } from './split-lines.ts';
import { splitSections } from './split-sections.ts';
import type { Block, RemovedLine, SourceLine } from './types.ts';
import { zodIssueLines } from './zod-issues.ts';

/** What the normaliser resolves against: the department registry and the topic taxonomy. */
export interface NormaliseContext {
  departments: DepartmentIndex;
  topics: readonly Topic[];
}

/** What normalising one source gives: the validated record, its blocks and the report entries. */
export interface NormalisedDocument {
  data: DocumentData;
  blocks: Block[];
  removed: RemovedLine[];
  /** Source line pairs joined because a page break split a sentence. */
  joins: [number, number][];
  /** Source lines of the metadata header, moved into the frontmatter. */
  headerLines: number[];
  /** Names that look like government bodies but are not in the registry. */
  unknownDepartments: string[];
  /** For the build report: where each field came from. */
  origins: Record<string, string>;
}

/**
 * Normalises one decoded source: cleans the web-page junk, reads the metadata header and the
 * head, rejoins page-broken lines, finds the closing and the sections, extracts fields and
 * resolves departments, topics and citations against the registries.
 */
export function normaliseDocument(
  file: string,
  text: string,
  context: NormaliseContext,
  correction: Correction = {},
): NormalisedDocument {
  const lines = splitLines(text);
  const removed: RemovedLine[] = [];
  const blank = (i: number) => {
    lines[i] = { no: lines[i]!.no, text: '' };
  };
  lines.forEach((l, i) => {
    const rule = junkRule(l.text);
    if (rule) {
      removed.push({ line: l.no, text: l.text, rule });
      blank(i);
    }
  });
  const header = parseHeader(lines);
  header.used.forEach((no) => blank(no - 1));
  const head = classifyHead(lines, header.end, header.fields.title?.value);
  const bodyLines: SourceLine[] = lines.slice(head.end);
  const joined = joinLines(bodyLines);
  const { blocks: bodyBlocks, sections } = splitSections(classifyBlocks(joined));
  const blocks = [...head.blocks, ...bodyBlocks];
  // Corrections go in before names are resolved, so a corrected issuer sets the region too.
  const fields = resolveDepartments({ ...extractFields(header.fields, blocks), ...correction }, context.departments);
  const { mentions, unknown } = findMentions(blocks, fields.region ?? null, context.departments);
  const own = new Set([fields.issuer, ...(fields.coIssuers ?? [])]);
  const name = file.replace(/\.txt$/, '');
  if (!fields.title) {
    throw new BuildError(
      file,
      1,
      'no-title',
      'no title found (no 标题 header line and no title-like first line)',
      `set title in content/corrections/${name}.yaml`,
    );
  }
  const slug =
    correction.slug ??
    makeSlug({
      docNumber: fields.docNumber ?? null,
      title: fields.title,
      dateWritten: fields.dateWritten ?? null,
      source: file,
      issuerSlug: fields.issuer ? (context.departments.resolve(fields.issuer, fields.region ?? null)?.slug ?? null) : null,
    });
  const parsed = documentSchema.safeParse({
    ...fields,
    slug,
    source: file,
    departmentsMentioned: correction.departmentsMentioned ?? mentions.map((m) => m.department).filter((d) => !own.has(d)),
    mentions: correction.mentions ?? mentions,
    topics: correction.topics ?? findTopics(fields.title, blocks, context.topics),
    citations: correction.citations ?? findCitations(blocks),
    sections: correction.sections ?? sections,
  });
  if (!parsed.success) {
    throw new BuildError(
      file,
      1,
      'invalid-field',
      `extracted fields do not match the schema:\n${zodIssueLines(parsed.error).join('\n')}`,
      `correct them in content/corrections/${name}.yaml`,
    );
  }
  const unfaithful = checkFidelity(file, text, new Set([...removed.map((r) => r.line), ...header.used]), blocks);
  if (unfaithful) throw unfaithful;
  // Pairs of source lines that ended up in one block: page-broken sentences, a wrapped title.
  const pairs = new Set(blocks.flatMap((b) => b.lines.slice(1).map((no, k) => `${b.lines[k]!},${no}`)));
  const joins = [...pairs].map((p) => p.split(',').map(Number) as [number, number]).sort((a, b) => a[0] - b[0]);
  return {
    data: parsed.data,
    blocks,
    removed,
    joins,
    headerLines: header.used,
    unknownDepartments: unknown,
    origins: fieldOrigins(parsed.data, header.fields, blocks, correction),
  };
}
