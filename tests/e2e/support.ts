/** Shared helpers of the browser tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const BASE = '/archive/';
export const root = resolve(import.meta.dirname, '../..');
export const siteDir = join(root, '.test-build/root/archive');

export interface BuiltRecord {
  source: string;
  slug: string;
  url: string;
  title: string;
}

/** dist/data/documents.json of the test build. */
export function builtRecords(): BuiltRecord[] {
  return JSON.parse(readFileSync(join(siteDir, 'data/documents.json'), 'utf8')) as BuiltRecord[];
}

/** The sources the e2e site was built from: content/raw plus tests/fixtures/e2e (see global-setup). */
export const rawDir = join(root, '.test-build/raw');

/** File names of the sources the e2e site was built from. */
export function sourceNames(): string[] {
  return readdirSync(rawDir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
}

/** The sources whose text contains `query` (whitespace ignored): the substring oracle. */
export function sourcesContaining(query: string): string[] {
  const dir = rawDir;
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .filter((n) => readFileSync(join(dir, n), 'utf8').replace(/\s/g, '').includes(query.replace(/\s/g, '')))
    .sort();
}

/** Fails the test on any response of 400 or more, and on any request that leaves the site's origin. */
export function watchRequests(page: Page): { failures: string[]; foreign: string[] } {
  const failures: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(process.env['E2E_ORIGIN']!).origin;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  return { failures, foreign };
}

/**
 * Runs a search on the search page and returns the document pages it found, best first: one
 * path per document (a result also links to the sections holding the hits).
 */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`${BASE}search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#search-status')).toContainText('找到');
  const paths = await page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(paths)];
}
