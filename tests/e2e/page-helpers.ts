/** Helpers of the page journeys: built records, the registries, highlight and link readers. */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DocumentData } from '../../src/schema/document.ts';
import { root, siteDir } from './support.ts';

export type Built = DocumentData & { url: string };
/** data/documents.json of the test build, with every field. */
export const records = (): Built[] => JSON.parse(readFileSync(join(siteDir, 'data/documents.json'), 'utf8')) as Built[];
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
