/**
 * Reads and validates content/departments.yaml and content/topics.yaml (the I/O edge of the
 * pages), with js-yaml as the build script does (scripts/pipeline/read-registries.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { departmentRegistrySchema, topicRegistrySchema, type Department, type Topic } from '../schema/registry.ts';

async function readRegistry<T>(
  file: string,
  schema: {
    safeParse: (
      v: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
): Promise<T> {
  const path = join(process.cwd(), 'content', file);
  const parsed = schema.safeParse(load(await readFile(path, 'utf8')));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new Error(
    `content/${file}: not a valid registry\n${lines.join('\n')}\n  fix the entries named above (see src/schema/registry.ts)`,
  );
}

/** Both registries: departments sorted by slug, topics in the taxonomy's own order. */
export async function loadRegistries(): Promise<{ departments: Department[]; topics: Topic[] }> {
  const [departments, topics] = await Promise.all([
    readRegistry('departments.yaml', departmentRegistrySchema),
    readRegistry('topics.yaml', topicRegistrySchema),
  ]);
  const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  return { departments: [...departments].sort(bySlug), topics };
}
