import { documentSchema, type Correction, type DocumentData } from '../../src/schema/document.ts';
import type { Topic } from '../../src/schema/registry.ts';
import { BuildError } from '../../src/schema/build-error.ts';
import { classifyBlocks } from './classify-blocks.ts';
import { checkFidelity } from './check-fidelity.ts';
import { classifyHead } from './classify-head.ts';
import { endsAsTitle } from './clean-title.ts';
import type { DepartmentIndex } from '../../src/registry/department-resolver.ts';
import { extractFields, type ExtractedFields } from './extract-fields.ts';
import { fieldOrigins } from './field-origins.ts';
import { findCitations } from './find-citations.ts';
import { findMentions } from './find-mentions.ts';
import { findTopics } from './find-topics.ts';
import { placeOf } from './unlisted-bodies.ts';
import { joinLines } from './join-lines.ts';
import { junkRule } from './junk-patterns.ts';
import { makeSlug } from './make-slug.ts';
import { parseHeader } from './parse-header.ts';
import { resolveDepartments } from './resolve-departments.ts';
import { splitLines } from './split-lines.ts';
import { splitSections } from './split-sections.ts';
import type { Block, RemovedLine, SourceLine } from './types.ts';
import { zodIssueLines } from '../../src/schema/zod-issues.ts';

/** What the normaliser resolves against: the department registry and the topic taxonomy. */
export interface NormaliseContext {
  departments: DepartmentIndex;
  topics: readonly Topic[];
  /** Whether a field read only by a fallback is an error rather than a note in the report. */
  strict?: boolean;
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
  /** Fields read only by a fallback: published, but a person should check them. */
  attention: Attention[];
}

/** A field the normaliser could not find and filled by a documented fallback. */
export interface Attention {
  field: string;
  line: number;
  message: string;
  /** What would fix it, e.g. the correction key to set. */
  hint: string;
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
  // Page chrome above a header block (a breadcrumb, a citation code): not the document.
  // A page's own title line may stand above its metadata table: it is read as the title.
  if (header.used.length > 0) {
    for (const l of lines.slice(0, header.used[0]! - 1)) {
      if (l.text === '' || endsAsTitle(l.text)) continue;
      removed.push({ line: l.no, text: l.text, rule: 'before-header' });
      blank(l.no - 1);
    }
  }
  // The header's lines are blank now: the head is read from the top, past them.
  const head = classifyHead(lines, 0, header.fields.title?.value);
  const bodyLines: SourceLine[] = lines.slice(head.end);
  const joined = joinLines(bodyLines);
  const { blocks: bodyBlocks, sections } = splitSections(classifyBlocks(joined));
  const blocks = [...head.blocks, ...bodyBlocks];
  // Corrections go in before names are resolved, so a corrected issuer sets the region too.
  const fields = resolveDepartments({ ...extractFields(header.fields, blocks), ...correction }, context.departments);
  const place = placeOf(fields.issuer ?? null);
  const { mentions, unlisted: unknown } = findMentions(blocks, { region: fields.region ?? null, place }, context.departments);
  const own = new Set([fields.issuer, ...(fields.coIssuers ?? [])]);
  const name = file.replace(/\.txt$/, '');
  const attention = missingFields(fields, blocks, name);
  if (!fields.title) fields.title = fallbackTitle(blocks, name);
  if (context.strict && attention.length > 0) {
    throw new AggregateError(
      attention.map((a) => new BuildError(file, a.line, 'needs-attention', a.message, `${a.hint} (or build without --strict)`)),
      `${attention.length} field(s) need attention`,
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
    topics:
      correction.topics ??
      findTopics(
        fields.title,
        blocks,
        context.topics,
        [fields.subjectCategory ?? '', ...(fields.categories ?? [])].filter(Boolean),
      ),
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
    attention,
  };
}

/** The text a document without a recognisable title is published under: its first line, cut at a clause. */
function fallbackTitle(blocks: readonly Block[], name: string): string {
  const first = blocks.find((b) => b.text.trim() !== '')?.text.trim() ?? name;
  const clause = /^[^。！？；，,]{4,60}/.exec(first)?.[0] ?? first.slice(0, 60);
  return clause;
}

/**
 * The fields a document of its kind should state that the normaliser could not find: the
 * title (then published under its first line), the issuer, a date. Each names the line to
 * look at and the correction key that fixes it.
 */
function missingFields(fields: ExtractedFields, blocks: readonly Block[], name: string): Attention[] {
  const where = blocks[0]?.lines[0] ?? 1;
  const fix = (key: string) => `set ${key} in content/corrections/${name}.yaml`;
  const out: Attention[] = [];
  if (!fields.title) {
    const first = blocks.find((b) => b.text.trim() !== '');
    out.push({
      field: 'title',
      line: first?.lines[0] ?? 1,
      message: `no title found (no 标题 header line and no title-like line in the head): published under its first line "${fallbackTitle(blocks, name)}"`,
      hint: fix('title'),
    });
  }
  if (!fields.issuer)
    out.push({
      field: 'issuer',
      line: where,
      message: 'no issuer (发文机关) found in the header, banner, title or signature',
      hint: fix('issuer'),
    });
  if (!fields.dateWritten && !fields.datePublished && fields.docType !== 'interpretation') {
    const closing = blocks.findLast((b) => b.role === 'signature')?.lines[0] ?? blocks.at(-1)?.lines.at(-1) ?? where;
    out.push({
      field: 'dateWritten',
      line: closing,
      message: 'no date found (成文日期 under the signature, or a header date)',
      hint: fix('dateWritten'),
    });
  }
  return out;
}
