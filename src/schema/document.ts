/**
 * The one schema of an archived document's frontmatter.
 *
 * Used by the build script (scripts/run/build-content.ts) to validate every record before it is
 * written, by Astro's content config (src/content.config.ts) for the collection, and to
 * generate the published JSON Schema. Field names follow ../shared/corpus/expected.json.
 *
 * Imported from plain Node and from Astro alike, so it imports `zod` directly, never
 * `astro:content`.
 */
import { z } from 'zod';
import { docTypeLabels } from './doc-types.ts';

/** A calendar date as ISO 8601 `YYYY-MM-DD` (成文日期 2020年9月14日 → `2020-09-14`). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD, e.g. 2020-09-14')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real calendar date');

export { docTypeLabels };
export type DocType = keyof typeof docTypeLabels;
export const docTypes = Object.keys(docTypeLabels) as [DocType, ...DocType[]];
export const docType = z.enum(docTypes);

/**
 * A node of the section tree. `id` comes from the numbering path: 一、→ s1, （二） under it →
 * s1-2; 第一章 → c1, 第二节 under it → c1-s2. Articles (第十二条) are not sections: they are
 * paragraphs with their own anchor t12.
 */
export interface SectionNode {
  /** Stable anchor id from the numbering path, e.g. `s1-2-3`; attachments' sections may carry a prefix `a1-`. */
  id: string;
  /** Depth in the tree, 1 for 一、. */
  level: number;
  /** The numbering label as printed, e.g. `一、`, `（二）`, `1.`, `一是`. */
  label: string;
  /** The full heading text as in the source, label included: `一、关于搭建法律和知识产权服务平台`. */
  heading: string;
  children: SectionNode[];
}
export const sectionNode: z.ZodType<SectionNode> = z.lazy(() =>
  z
    .object({
      id: z
        .string()
        .regex(/^(a\d+-)?(s\d+(-\d+)*|c\d+(-s?\d+)*)$/, 'section ids look like s1, s1-2, a1-s3, c1 (第一章) or c1-s2 (第二节)'),
      level: z.number().int().min(1).max(6),
      label: z.string(),
      heading: z.string().min(1),
      children: z.array(sectionNode),
    })
    .strict(),
);

/** Where a mention or citation stands: the section ids (empty string for text outside any section). */
const sectionRefs = z.array(z.string());

/** The CPPCC member's proposal (委员提案) or NPC deputy's suggestion (代表建议) a reply answers. */
export const proposal = z
  .object({
    /** `proposal` for a CPPCC member's 提案, `suggestion` for a people's congress deputy's 建议. */
    kind: z.enum(['proposal', 'suggestion']).default('proposal').describe('proposal 政协委员提案；suggestion 人大代表建议。'),
    /** 提案人 or 代表, e.g. 张锋 (without 委员 / 代表); several joined by 、, or 周桂英等. */
    proposer: z.string().nullable().describe('提案人或建议人，不含“委员”“代表”，如 张锋。'),
    /** 会议届次, e.g. 省政协十二届五次会议, 十届全国人大四次会议; null when the document does not name it. */
    session: z.string().nullable().describe('会议届次，如 省政协十二届五次会议、十届全国人大四次会议。'),
    /** 提案号 or 建议号, e.g. 224. */
    number: z.number().int().positive().nullable().describe('提案号或建议号，如 224。'),
    /** Where it was raised when not at a session, e.g. 2020年7月29日议政协商座谈会. */
    occasion: z.string().nullable().describe('非会议期间提出时的场合，如 2020年7月29日议政协商座谈会。'),
    /** 提案标题 as cited in the reply, without 《》. */
    title: z.string().nullable().describe('提案标题，不含《》。'),
  })
  .strict();

/** For a policy interpretation (解读): the measures it interprets. */
export const interprets = z
  .object({
    title: z.string().describe('被解读文件的标题。'),
    /** Canonical names of the bodies named as issuing the interpreted document. */
    issuers: z.array(z.string()).describe('被解读文件的发文机关（规范全称）。'),
    /** How many bodies issued it jointly when the text says so (等15个部门 → 15). */
    issuerCount: z.number().int().positive().nullable().describe('原文所称联合发文机关数（等15个部门 → 15）。'),
  })
  .strict();

/** 落款: the signing body as printed and the date under it. */
export const signature = z
  .object({ name: z.string().describe('署名机关，按原文。'), date: isoDate.nullable().describe('落款日期，YYYY-MM-DD。') })
  .strict();

/** A department named in the text, resolved to the registry. */
export const mention = z
  .object({
    /** Canonical name from content/departments.yaml. */
    department: z.string(),
    /** Forms as printed in this document, e.g. 省人社厅. */
    printed: z.array(z.string()),
    sections: sectionRefs,
  })
  .strict();

/** A topic from content/topics.yaml that the document is about. */
export const topicRef = z.object({ slug: z.string(), sections: sectionRefs }).strict();

/** A cited title (《…》) or document number (…〔2021〕3号). */
export const citation = z
  .object({
    kind: z.enum(['title', 'docNumber']),
    /** The title without 《》, or the document number, as printed (whitespace removed). */
    text: z.string().min(1),
    sections: sectionRefs,
    /** Slug of the archived document it refers to, or null when the archive does not hold it. */
    resolved: z.string().nullable(),
  })
  .strict();

/** The frontmatter of one archived document. Keys come out in this order. */
export const documentSchema = z
  .object({
    /** 标题, lines joined, as printed in the document head. */
    title: z.string().min(1).describe('标题：文件头部所印标题，多行已连接。'),
    /** ASCII, lowercase, stable URL slug, e.g. `jl-wfyz-2020-49`. */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slugs are lowercase ASCII words joined by -')
      // data/documents/index.json lists the open data; a document's JSON cannot take its name.
      .refine((s) => s !== 'index', 'the slug "index" is taken by data/documents/index.json; set another slug')
      .describe('网址标识：小写 ASCII，稳定不变，如 jl-wfyz-2020-49；不能是 index。'),
    /** The source file name under content/raw/, e.g. `000_a53c656e4978de6c.txt`. */
    source: z.string().min(1).describe('源文件名：content/raw/ 下的原始文本文件，如 000_a53c656e4978de6c.txt。'),
    /** 文种, see `docTypeLabels`. */
    docType: docType.describe(
      `文种：${Object.entries(docTypeLabels)
        .map(([k, v]) => `${k} ${v}`)
        .join('、')}。`,
    ),
    /** 发文字号, e.g. 吉卫复议字〔2020〕49号; null when the document has none. */
    docNumber: z.string().nullable().describe('发文字号，如 吉卫复议字〔2020〕49号；文件无字号时为 null。'),
    /** 发文机关 (canonical full name), e.g. 吉林省卫生健康委员会. */
    issuer: z.string().nullable().describe('发文机关（规范全称），如 吉林省卫生健康委员会。'),
    /** Other bodies that issued it jointly (联合发文), canonical names. */
    coIssuers: z.array(z.string()).default([]).describe('联合发文的其他机关（规范全称）。'),
    /** Province or 国家 for national bodies, e.g. 吉林省. */
    region: z.string().nullable().describe('地区：省份，国家机关为“国家”，如 吉林省。'),
    /** 索引号 from the disclosure header, e.g. 11220000MB1519656C/2020-11206. */
    indexNumber: z.string().nullable().default(null).describe('索引号（政府信息公开目录），如 11220000MB1519656C/2020-11206。'),
    /** 分类 from the disclosure header, split at ; or ；. */
    categories: z.array(z.string()).default([]).describe('分类（政府信息公开目录）。'),
    /** 主题分类 from the disclosure header as printed, 一级\\二级, e.g. 劳动、人事、监察\\劳动就业. */
    subjectCategory: z
      .string()
      .nullable()
      .default(null)
      .describe('主题分类（信息公开目录所标），一级\\二级，如 劳动、人事、监察\\劳动就业。'),
    /** 成文日期. */
    dateWritten: isoDate.nullable().describe('成文日期，YYYY-MM-DD。'),
    /** 发布日期. */
    datePublished: isoDate.nullable().default(null).describe('发布日期，YYYY-MM-DD。'),
    /** 主送机关 or addressed person, as printed without the closing colon, e.g. 刘晓峰委员. */
    addressee: z.string().nullable().default(null).describe('主送机关或收件人，按原文，不含冒号，如 刘晓峰委员。'),
    proposal: proposal.nullable().default(null).describe('答复所针对的委员提案或代表建议。'),
    interprets: interprets.nullable().default(null).describe('解读所针对的文件。'),
    /** Titles of the attachments (附件), e.g. the plan a 印发…的通知 carries. */
    attachments: z.array(z.string()).default([]).describe('附件标题。'),
    signature: signature.nullable().default(null).describe('落款：署名机关（按原文）和日期。'),
    /** 联系人 and telephone line without its brackets. */
    contact: z.string().nullable().default(null).describe('联系人及电话，不含括号。'),
    /** 抄送 bodies, canonical names. */
    cc: z.array(z.string()).default([]).describe('抄送机关（规范全称）。'),
    /** Canonical names of departments mentioned in the text (see `mentions` for where). */
    departmentsMentioned: z.array(z.string()).default([]).describe('正文提及的机关（规范全称），位置见 mentions。'),
    mentions: z.array(mention).default([]).describe('正文提及的机关：规范名称、原文写法和所在章节。'),
    topics: z.array(topicRef).default([]).describe('主题（content/topics.yaml 中的标识）及所在章节。'),
    citations: z.array(citation).default([]).describe('引用的文件：《》中的标题或发文字号，能对应到本库文件时给出其标识。'),
    /** The section tree. */
    sections: z.array(sectionNode).default([]).describe('章节树：编号路径构成的锚点 id、层级、编号和标题。'),
  })
  .strict();

/** Frontmatter as an author or a correction file may write it (defaults not yet applied). */
export type DocumentInput = z.input<typeof documentSchema>;
/** Frontmatter after validation. */
export type DocumentData = z.output<typeof documentSchema>;

/**
 * What a correction file (content/corrections/<name>.yaml) may set: any frontmatter field
 * except the source file name, each optional. Unknown keys are errors.
 *
 * Built from the fields without their defaults: zod 4's `.partial()` keeps `.default()`, so
 * a correction setting only `title` would come back with `cc: []`, `topics: []`, … and
 * overwrite what the build extracted.
 */
const { source: _source, ...correctable } = documentSchema.shape;
export const correctionSchema = z
  .object(
    Object.fromEntries(
      Object.entries(correctable).map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
      ]),
    ),
  )
  .strict() as unknown as z.ZodType<Correction>;
/** A parsed correction: only the fields the file sets. */
export type Correction = Partial<Omit<DocumentInput, 'source'>>;
