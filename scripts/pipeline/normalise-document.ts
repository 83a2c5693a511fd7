import { documentSchema, type DocumentData } from '../../src/schema/document.ts';
import { BuildError } from './build-error.ts';
import { classifyBlocks } from './classify-blocks.ts';
import { classifyHead } from './classify-head.ts';
import { extractFields } from './extract-fields.ts';
import { joinLines } from './join-lines.ts';
import { junkRule } from './junk-patterns.ts';
import { makeSlug } from './make-slug.ts';
import { parseHeader } from './parse-header.ts';
import { splitLines } from './split-lines.ts';
import { splitSections } from './split-sections.ts';
import type { Block, RemovedLine, SourceLine } from './types.ts';

/** What normalising one source gives: the validated record, its blocks and the report entries. */
export interface NormalisedDocument {
  data: DocumentData;
  blocks: Block[];
  removed: RemovedLine[];
  /** Source line pairs joined because a page break split a sentence. */
  joins: [number, number][];
}

/**
 * Normalises one decoded source: cleans the web-page junk, reads the metadata header and the
 * head, rejoins page-broken lines, finds the closing and the sections, and extracts fields.
 */
export function normaliseDocument(file: string, text: string): NormalisedDocument {
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
  const fields = extractFields(header.fields, blocks);
  if (!fields.title) {
    throw new BuildError(file, 1, 'no-title', 'no title found (no 标题 header line and no title-like first line)', `set title in content/corrections/${file.replace(/\.txt$/, '')}.yaml`);
  }
  const slug = makeSlug({ docNumber: fields.docNumber ?? null, title: fields.title, dateWritten: fields.dateWritten ?? null, source: file });
  const parsed = documentSchema.safeParse({ ...fields, slug, source: file, sections });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BuildError(file, 1, 'invalid-field', `${issue.path.join('.')}: ${issue.message}`, `correct it in content/corrections/${file.replace(/\.txt$/, '')}.yaml`);
  }
  const joins = joined.flatMap((j) => j.lines.slice(1).map((no, k): [number, number] => [j.lines[k]!, no]));
  return { data: parsed.data, blocks, removed, joins };
}
