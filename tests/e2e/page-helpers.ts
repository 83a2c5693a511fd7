/** Helpers of the page journeys: built records, the registries, highlight and link readers. */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DocumentData } from '../../src/schema/document.ts';
import { root, siteDir } from './support.ts';

export type Built = DocumentData & { url: string };
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(siteDir, path), 'utf8'));
/**
 * The records of data/documents.json of the test build, with every field: the section tree,
 * mentions and citations, which documents.json leaves out, from each document's own JSON.
 */
export const records = (): Built[] =>
  (readJson('data/documents.json') as Built[]).map((r) => {
    const { sections, mentions, citations } = readJson(`data/documents/${r.slug}.json`) as Built;
    return { ...r, sections, mentions, citations };
  });
/** A registry of content/ (departments.yaml, topics.yaml). */
export const registry = <T>(file: string) => parse(readFileSync(join(root, 'content', file), 'utf8')) as T[];
/** SITE_URL of the test build (tests/e2e/global-setup.ts). */
export const SITE_URL = 'https://archive.example.org';

/** True when the element is the :target and carries the highlight colour. */
export async function isHighlighted(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const probe = document.createElement('div');
    probe.style.background = 'var(--mark)';
    document.body.append(probe);
    const mark = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return node.matches(':target') && getComputedStyle(node).backgroundColor === mark;
  });
}

/** Path and fragment of every link matching `selector`. */
export const hrefs = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
