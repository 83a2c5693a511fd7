/**
 * The open-data records and their schemas, derived from the one document schema
 * (src/schema/document.ts) so the published JSON Schemas are generated, never hand-written.
 *
 * - `documentRecordSchema`: one record of data/documents.json: the frontmatter plus `url`.
 * - `documentDataSchema`: data/documents/<slug>.json: the record plus the normalised text once
 *   (`body`), with every block and section as a range of it.
 */
import { z } from 'zod';
import { documentSchema, type DocumentData } from '../schema/document.ts';
import type { BodyBlock } from '../schema/body-block.ts';

export const documentRecordSchema = documentSchema
  .extend({ url: z.string().describe('文件页面的网址（站内路径，含 BASE_PATH），如 /documents/jwfyz-2020-49/。') })
  .strict();
export type DocumentRecord = z.output<typeof documentRecordSchema>;

// A field at its usual value is left out of a block (an omitted id is null, an omitted section
// '', …): a block is then about 70 bytes instead of 150, which at 10,000 documents of ~40
// blocks is 30 MB of the output budget (README "Output budget and hosts").
const bodyBlock = z
  .object({
    kind: z
      .enum(['heading', 'para', 'line'])
      .describe('块的种类：heading 章节标题、para 段落、line 版头/主送/署名/日期/联系人/抄送/附件标题等单行。'),
    id: z.string().optional().describe('锚点 id：章节如 s1-2，段落如 s1-2-p3；单行无此字段。'),
    section: z.string().optional().describe('所在章节的 id；第一个章节之前的块无此字段。'),
    level: z.number().int().min(1).optional().describe('章节标题的层级（一、为 1）；其他块无此字段。'),
    lineKind: z
      .string()
      .optional()
      .describe('单行的种类：banner、addressee、signature、date、contact、cc、attachmentTitle；其他块无此字段。'),
    label: z.string().optional().describe('章节标题所印的编号，如 一、（一）；其他块及无编号的标题无此字段。'),
    runIn: z.literal(true).optional().describe('章节标题与其后的正文同段（如“一是……”）时为 true，否则无此字段。'),
    part: z.number().int().min(1).optional().describe('k 为第 k 个附件；正文的块无此字段。'),
    start: z.number().int().min(0).describe('块的文本在 body 中的起点（Unicode 码位计，非 UTF-16 单元）。'),
    end: z.number().int().min(0).describe('块的文本在 body 中的终点（不含），码位计。'),
  })
  .strict();

const sectionRange = z
  .object({
    id: z.string().describe('章节 id，与 sections 中的 id 相同。'),
    start: z.number().int().min(0).describe('章节（标题及其下各块，含下级章节）在 body 中的起点，码位计。'),
    end: z.number().int().min(0).describe('章节在 body 中的终点（不含），码位计。'),
  })
  .strict();

export const documentDataSchema = documentRecordSchema
  .extend({
    sourceText: z.string().describe('原始文本文件的网址（站内路径），与 content/raw/ 中的源文件逐字节相同。'),
    body: z
      .string()
      .describe('规范化后的正文：各块的文本按原文顺序，以换行（\\n）分隔。全文只出现这一次，各块和章节以码位区间指向它。'),
    blocks: z.array(bodyBlock).describe('正文的各块，按原文顺序；块的文本为 body 中 [start, end) 的码位。'),
    sectionRanges: z.array(sectionRange).describe('每个章节在 body 中的区间，按原文顺序。'),
  })
  .strict();
export type DocumentDataRecord = z.output<typeof documentDataSchema>;

/** One record of data/documents.json; `url` is the page's path (documentHref). */
export function documentRecord(data: DocumentData, url: string): DocumentRecord {
  return { ...data, url };
}

/** Whether a block lies in section `id` or below it (s1 holds s1-2, not s10). */
const inSection = ({ section = '' }: { section?: string | undefined }, id: string) =>
  section === id || section.startsWith(`${id}-`);

/**
 * data/documents/<slug>.json of a document, from its frontmatter, MDX blocks and the paths of its
 * page and source text: the text once, as `body` (the blocks' texts joined by line breaks), and
 * every block and section as a range of code points of it; a block's fields at their usual
 * value (null, '', 0, false) are left out.
 */
export function documentDataRecord(
  data: DocumentData,
  blocks: readonly BodyBlock[],
  paths: { url: string; sourceText: string },
): DocumentDataRecord {
  let at = 0;
  const ranged = blocks.map((b) => {
    const start = at;
    at += [...b.text].length;
    const block: z.output<typeof bodyBlock> = {
      kind: b.kind,
      ...(b.id !== null && { id: b.id }),
      ...(b.section !== '' && { section: b.section }),
      ...(b.level > 0 && { level: b.level }),
      ...(b.lineKind !== null && { lineKind: b.lineKind }),
      ...(b.label !== null && { label: b.label }),
      ...(b.runIn && { runIn: true as const }),
      ...(b.part > 0 && { part: b.part }),
      start,
      end: at,
    };
    at++;
    return block;
  });
  const ids = blocks.filter((b) => b.kind === 'heading' && b.id).map((b) => b.id!);
  return {
    ...documentRecord(data, paths.url),
    sourceText: paths.sourceText,
    body: blocks.map((b) => b.text).join('\n'),
    blocks: ranged,
    sectionRanges: ids.map((id) => {
      const inside = ranged.filter((b) => inSection(b, id));
      return { id, start: inside[0]!.start, end: inside[inside.length - 1]!.end };
    }),
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
