/** Shared by the issue-6 tests: the built records and pages of the test build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentData } from '../../src/schema/document.ts';
import { BASE, root, siteDir } from './support.ts';

export { BASE, root, siteDir };
/** SITE_URL of the test build (tests/e2e/global-setup.ts). */
export const SITE = 'https://archive.example.org';

/** A record of documents.json: the frontmatter without sections, mentions and citations, plus its URL. */
export type DataRecord = Omit<DocumentData, 'sections' | 'mentions' | 'citations'> & { url: string };

/** data/documents.json of the test build, all fields. */
export const records = (): DataRecord[] => JSON.parse(readFileSync(join(siteDir, 'data/documents.json'), 'utf8')) as DataRecord[];

/** Newest first by 成文日期, else 发布日期 (the site's one date policy); undated last; ties by slug. */
export const sortedNewest = (rs: readonly DataRecord[]) =>
  [...rs].sort(
    (a, b) =>
      (b.dateWritten ?? b.datePublished ?? '').localeCompare(a.dateWritten ?? a.datePublished ?? '') ||
      a.slug.localeCompare(b.slug),
  );

/** URL paths of every built HTML page (Pagefind's own files left out). */
export function builtHtmlPages(): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${BASE}${f.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}
