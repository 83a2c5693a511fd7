/**
 * Schemas of the curated registries in content/: departments.yaml (government bodies) and
 * topics.yaml (the topic taxonomy). Read by the build script and by the pages.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slugs are lowercase ASCII words joined by -');

/** Kinds of body, for grouping the departments index. */
export const departmentKinds = [
  'government',
  'department',
  'office',
  'party',
  'group',
  'cppcc',
  'congress',
  'national',
  'other',
] as const;

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
    /** Province (吉林省), or 国家 for national bodies. */
    region: z.string(),
    kind: z.enum(departmentKinds),
  })
  .strict();
export const departmentRegistrySchema = z.array(departmentSchema);
export type Department = z.output<typeof departmentSchema>;

/** A topic of the taxonomy: a document is about it when its text holds one of the keywords. */
export const topicSchema = z
  .object({
    slug,
    name: z.string().min(1),
    keywords: z.array(z.string().min(2)).min(1),
  })
  .strict();
export const topicRegistrySchema = z.array(topicSchema);
export type Topic = z.output<typeof topicSchema>;
