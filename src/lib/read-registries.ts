/**
 * Reads the curated registries content/departments.yaml and content/topics.yaml for the pages,
 * checked against src/schema/registry.ts. Paths are relative to the project root, where the
 * build runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { departmentRegistrySchema, topicRegistrySchema, type Department, type Topic } from '../schema/registry.ts';

function readYaml(file: string): unknown {
  return parse(readFileSync(join(process.cwd(), 'content', file), 'utf8'));
}

/** The departments, sorted by slug. */
export function readDepartments(): Department[] {
  return departmentRegistrySchema.parse(readYaml('departments.yaml')).sort((a, b) => a.slug.localeCompare(b.slug));
}

let topics: Topic[] | undefined;

/** The topics, sorted by slug; read once per build, since every document page names its topics. */
export function readTopics(): Topic[] {
  topics ??= topicRegistrySchema.parse(readYaml('topics.yaml')).sort((a, b) => a.slug.localeCompare(b.slug));
  return topics;
}
