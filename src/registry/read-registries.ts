import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'zod';
import { departmentRegistrySchema, topicRegistrySchema, type Department, type Topic } from '../schema/registry.ts';
import { BuildError } from '../schema/build-error.ts';
import { zodIssueLines } from '../schema/zod-issues.ts';

/** The curated registries the normaliser resolves against. */
export interface Registries {
  departments: Department[];
  topics: Topic[];
}

/** Reads and validates content/departments.yaml and content/topics.yaml (an edge: file I/O). */
export function readRegistries(contentDir: string): Registries {
  return {
    departments: readRegistry(join(contentDir, 'departments.yaml'), departmentRegistrySchema),
    topics: readRegistry(join(contentDir, 'topics.yaml'), topicRegistrySchema),
  };
}

function readRegistry<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(load(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new BuildError(
      file,
      1,
      'invalid-registry',
      `the registry does not match its schema:\n${zodIssueLines(parsed.error).join('\n')}`,
      'fix the entries named above (see src/schema/registry.ts)',
    );
  }
  const slugs = new Set<string>();
  for (const entry of parsed.data as { slug: string }[]) {
    if (slugs.has(entry.slug))
      throw new BuildError(
        file,
        1,
        'duplicate-registry-slug',
        `slug "${entry.slug}" is used twice`,
        'give each entry its own slug',
      );
    slugs.add(entry.slug);
  }
  return parsed.data;
}
