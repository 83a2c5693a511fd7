/**
 * Schemas of the curated registries in content/: departments.yaml (government bodies) and
 * topics.yaml (the topic taxonomy). Read by the build script and by the pages.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slugs are lowercase ASCII words joined by -');

/**
 * Kinds of body, for grouping the departments index: the State Council's own categories
 * (组成部门, 直属特设机构, 直属机构, 办事机构, 直属事业单位, 部委管理的国家局) and their provincial
 * counterparts, the 司/处 that sign documents, and `unlisted` for bodies a document names in
 * full that the registry does not list (never written in departments.yaml).
 */
export const departmentKinds = [
  'government',
  'office',
  'constituent',
  'special',
  'affiliated',
  'agency',
  'institution',
  'managed',
  'unit',
  'party',
  'group',
  'cppcc',
  'congress',
  'other',
  'unlisted',
] as const;
export type DepartmentKind = (typeof departmentKinds)[number];

/** Where a registry entry comes from: the official list's title and the page it was read on. */
export const registrySourceSchema = z
  .object({
    /** Title of the official list or document that names the body (no copied prose). */
    title: z.string().min(4),
    /** URL of that list, or of the public page that reproduces it. */
    url: z.url(),
    /** The page or repository file the entry was actually read from, when not `url`. */
    via: z.url().optional(),
  })
  .strict();
export type RegistrySource = z.output<typeof registrySourceSchema>;

/** A name the body had before, and until when (YYYY, YYYY-MM or YYYY-MM-DD) when known. */
export const formerNameSchema = z
  .object({
    name: z.string().min(2),
    until: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'until is YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    /** Short forms of the former name, resolved in the body's region. */
    short: z.array(z.string()).default([]),
    /** The source of the renaming, when it is not the entry's own. */
    source: registrySourceSchema.optional(),
  })
  .strict();

/** A government body: canonical full name, the short forms it is printed as, region and kind. */
export const departmentSchema = z
  .object({
    /** Stable URL slug, e.g. `jl-kjt` for 吉林省科学技术厅. */
    slug,
    /** Canonical full name: 吉林省科学技术厅. */
    name: z.string().min(2),
    /** Short forms that need the document's region to resolve: 省科技厅, 科技厅. */
    short: z.array(z.string()).default([]),
    /** Other names that identify it anywhere: former names, 吉林省科技厅. */
    aliases: z.array(z.string()).default([]),
    /** Former names documents still print (国家卫生计生委 → 国家卫生健康委员会), dated when known. */
    former: z.array(formerNameSchema).default([]),
    /** Province (吉林省), or 国家 for national bodies. */
    region: z.string(),
    kind: z.enum(departmentKinds).exclude(['unlisted']),
    /** Slug of the body that manages it (a 国家局's ministry, a 司's bureau). */
    parent: slug.optional(),
    /** Where the entry comes from. */
    source: registrySourceSchema,
  })
  .strict();
export const departmentRegistrySchema = z.array(departmentSchema);
/** A registry entry, or (kind `unlisted`, no source) a body only named in documents. */
export type Department = Omit<z.output<typeof departmentSchema>, 'kind' | 'source'> & {
  kind: DepartmentKind;
  source?: RegistrySource;
};

/**
 * A topic of the taxonomy (content/topics.yaml, the 主题分类): a category (一级), or a
 * subcategory (二级) naming its category in `parent`. Keywords feed the classifier.
 */
export const topicSchema = z
  .object({
    /** Stable URL slug: pinyin initials, a subcategory's prefixed by its category's (wsty-yygl). */
    slug,
    /** The name as documents print it: 卫生、体育, 医药管理. */
    name: z.string().min(1),
    /** The category of a subcategory. */
    parent: slug.optional(),
    /** Words whose strong presence files a document under this subcategory. */
    keywords: z.array(z.string().min(2)).default([]),
  })
  .strict();
export const topicRegistrySchema = z.array(topicSchema).superRefine((topics, ctx) => {
  const slugs = new Set(topics.map((t) => t.slug));
  topics.forEach((t, i) => {
    if (t.parent !== undefined && !slugs.has(t.parent))
      ctx.addIssue({ code: 'custom', path: [i, 'parent'], message: `no topic has the slug "${t.parent}"` });
  });
});
export type Topic = z.output<typeof topicSchema>;
