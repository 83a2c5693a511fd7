/**
 * The open-data records and their schemas, derived from the one document schema
 * (src/schema/document.ts) so the published JSON Schemas are generated, never hand-written.
 *
 * - `documentRecordSchema`: one record of data/documents.json and its parts: the frontmatter
 *   without where in the text things stand (`sections`, `mentions`, `citations`), plus `url`.
 * - `documentDataSchema`: data/documents/<slug>.json: the whole frontmatter plus `url`, and the
 *   normalised text once (`body`), each block a line of it.
 */
import { z } from 'zod';
import { documentSchema, type DocumentData, type SectionNode } from '../schema/document.ts';
import type { BodyBlock } from '../schema/body-block.ts';
import { impliedKind, type CompactSection } from '../archive/record-reader.ts';

const urlField = { url: z.string().describe('文件页面的网址（站内路径，含 BASE_PATH），如 /documents/jwfyz-2020-49/。') };

// The corpus-wide records leave out the section tree and where each mention and citation
// stands, about half of a record (30 MB of the corpus parts at 10,000 documents, README "The
// budget"); each document's own JSON keeps them.
export const documentRecordSchema = documentSchema
  .omit({ sections: true, mentions: true, citations: true })
  .extend(urlField)
  .strict();
export type DocumentRecord = z.output<typeof documentRecordSchema>;

// A block is a line of `body` and says only what the line and the block before do not: its kind
// where its fields give it (a heading has a level, a line a lineKind), its section and part when
// they are those of the block before, an id null, … are left out. A paragraph is then
// `{"id":"s1-2-p3"}`, about 20 bytes instead of the 90 of a block with its own range and every
// field (20 MB at 10,000 documents, README "The budget").
const bodyBlock = z
  .object({
    kind: z
      .enum(['heading', 'para', 'line'])
      .optional()
      .describe(
        '块的种类：heading 章节标题、para 段落、line 版头/主送/署名/日期/联系人/抄送/附件标题等单行。无此字段时：有 level 的为 heading，有 lineKind 的为 line，其余为 para。',
      ),
    id: z.string().optional().describe('锚点 id：章节如 s1-2，段落如 s1-2-p3；单行无此字段。'),
    section: z
      .string()
      .optional()
      .describe(
        '所在章节的 id（第一个章节之前及附件标题之后、附件第一个章节之前为空字符串）。无此字段时：章节标题为其自身的 id，其他块与前一块相同（第一块为空字符串）。',
      ),
    level: z.number().int().min(1).optional().describe('章节标题的层级（一、为 1）；其他块无此字段。'),
    lineKind: z
      .string()
      .optional()
      .describe('单行的种类：banner、addressee、signature、date、contact、cc、attachmentTitle；其他块无此字段。'),
    label: z.string().optional().describe('章节标题所印的编号，如 一、（一）；其他块及无编号的标题无此字段。'),
    runIn: z.literal(true).optional().describe('章节标题与其后的正文同段（如“一是……”）时为 true，否则无此字段。'),
    part: z.number().int().min(0).optional().describe('0 为正文，k 为第 k 个附件。无此字段时与前一块相同（第一块为 0）。'),
  })
  .strict();

// A section's level, label and heading are those of its heading block in all but odd documents:
// the tree leaves them out then, 1.5 KB a document (README "The budget").
const compactSection: z.ZodType<CompactSection> = z.lazy(() =>
  z
    .object({
      id: z.string().describe('章节 id，如 s1-2。'),
      level: z.number().int().min(1).max(6).optional().describe('层级；无此字段时为对应章节标题块的 level。'),
      label: z.string().optional().describe('所印编号，如 一、；无此字段时为对应章节标题块的 label（无则为空字符串）。'),
      heading: z.string().optional().describe('标题全文（含编号）；无此字段时为对应章节标题块的文本。'),
      children: z.array(compactSection).describe('下级章节。'),
    })
    .strict(),
);

export const documentDataSchema = documentSchema
  .extend({
    ...urlField,
    sections: z
      .array(compactSection)
      .describe(
        '章节树。按先序（父在子前）数的第 k 个章节对应 blocks 中第 k 个章节标题块（kind 为 heading，即有 level 的块）；章节的 level、label、heading 与该块相同时省略。',
      ),
    sourceText: z.string().describe('原始文本文件的网址（站内路径），与 content/raw/ 中的源文件逐字节相同。'),
    body: z
      .string()
      .describe('规范化后的正文：各块的文本按原文顺序，以换行（\\n）分隔。全文只出现这一次：第 i 块是它的第 i 行。'),
    blocks: z
      .array(bodyBlock)
      .describe(
        '正文的各块，按原文顺序：第 i 块的文本是 body 的第 i 行（body 按换行分开；块的文本不含换行）。一个章节的全文是 section 为其 id 或以“其 id-”开头的各块（含下级章节），它们在 body 中连续。',
      ),
  })
  .strict();
export type DocumentDataRecord = z.output<typeof documentDataSchema>;

/** One record of data/documents.json; `url` is the page's path (documentHref). */
export function documentRecord(data: DocumentData, url: string): DocumentRecord {
  const { sections: _s, mentions: _m, citations: _c, ...rest } = data;
  return { ...rest, url };
}

/**
 * data/documents/<slug>.json of a document, from its frontmatter, MDX blocks and the paths of its
 * page and source text: the text once, as `body` (the blocks' texts, one a line), and each block
 * as what its line does not say: its fields at their usual value (null, 0, false), a kind its
 * level or lineKind gives and a section or part that follows from the block before are left out
 * (`recordBlocks` in src/archive/document-record.ts reads them).
 */
export function documentDataRecord(
  data: DocumentData,
  blocks: readonly BodyBlock[],
  paths: { url: string; sourceText: string },
): DocumentDataRecord {
  let section = '';
  let part = 0;
  const compact = blocks.map((b) => {
    if (b.text.includes('\n')) throw new Error(`${data.slug}: a block's text holds a line break: ${JSON.stringify(b.text)}`);
    const block: z.output<typeof bodyBlock> = {
      ...(b.kind !== impliedKind(b.level > 0, b.lineKind !== null) && { kind: b.kind }),
      ...(b.id !== null && { id: b.id }),
      ...(b.section !== (b.kind === 'heading' ? b.id : section) && { section: b.section }),
      ...(b.level > 0 && { level: b.level }),
      ...(b.lineKind !== null && { lineKind: b.lineKind }),
      ...(b.label !== null && { label: b.label }),
      ...(b.runIn && { runIn: true as const }),
      ...(b.part !== part && { part: b.part }),
    };
    section = b.section;
    part = b.part;
    return block;
  });
  // The k-th section of the tree (preorder) and the k-th heading block say the same, as a rule.
  const headings = blocks.filter((b) => b.kind === 'heading');
  let k = 0;
  const tree = (nodes: readonly SectionNode[]): CompactSection[] =>
    nodes.map((n) => {
      const h = headings[k++];
      return {
        id: n.id,
        ...(n.level !== h?.level && { level: n.level }),
        ...(n.label !== (h?.label ?? '') && { label: n.label }),
        ...(n.heading !== h?.text && { heading: n.heading }),
        children: tree(n.children),
      };
    });
  return {
    ...data,
    url: paths.url,
    sections: tree(data.sections),
    sourceText: paths.sourceText,
    body: blocks.map((b) => b.text).join('\n'),
    blocks: compact,
  };
}

/** A JSON Schema (draft 2020-12) of a zod schema's output, titled. */
export function jsonSchemaOf(schema: z.ZodType, title: string, id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' }), $id: id, title };
}

/**
 * JSON as the site publishes it: two-space indent, final newline. The body goes in as UTF-8
 * bytes: a string body would be scanned for lone surrogates and encoded by the Response itself,
 * a second pass over documents.json (90 MB at 10,000 documents). JSON.stringify escapes lone
 * surrogates, so the bytes are the same.
 */
export const jsonResponse = (value: unknown, type = 'application/json') =>
  new Response(Buffer.from(`${JSON.stringify(value, null, 2)}\n`), { headers: { 'Content-Type': `${type}; charset=utf-8` } });

/**
 * JSON without indentation, final newline: the files there is one of per document or per part
 * of the corpus, where a two-space indent would double the bytes.
 */
export const compactJsonResponse = (value: unknown) =>
  new Response(Buffer.from(`${JSON.stringify(value)}\n`), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
