/** Helpers of the page journeys: built records, the registries, highlight and link readers. */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DocumentData } from '../../src/schema/document.ts';
import { root, siteDir } from './support.ts';

export type Built = DocumentData & { url: string };
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(siteDir, path), 'utf8'));

/** A section of data/documents/<slug>.json: level, label and heading left out are those of its heading block. */
interface PublishedSection {
  id: string;
  level?: number;
  label?: string;
  heading?: string;
  children: PublishedSection[];
}
interface PublishedDocument extends Built {
  body: string;
  blocks: { kind?: string; level?: number; label?: string }[];
}

/**
 * The section tree of a per-document JSON, whole, read as the schema says: the k-th section
 * (preorder) is the k-th heading block, block i the line i of the body.
 */
function sectionTree(doc: Omit<PublishedDocument, 'sections'> & { sections: PublishedSection[] }): Built['sections'] {
  const lines = doc.body.split('\n');
  // A heading is the block with a level (its kind left out).
  const headings = doc.blocks.flatMap((b, i) => (b.level !== undefined ? [{ ...b, text: lines[i]! }] : []));
  let k = 0;
  const tree = (nodes: PublishedSection[]): Built['sections'] =>
    nodes.map((n) => {
      const h = headings[k++]!;
      return {
        id: n.id,
        level: n.level ?? h.level ?? 1,
        label: n.label ?? h.label ?? '',
        heading: n.heading ?? h.text,
        children: tree(n.children),
      };
    });
  return tree(doc.sections);
}

/**
 * The records of data/documents.json of the test build, with every field: the section tree,
 * mentions and citations, which documents.json leaves out, from each document's own JSON.
 */
export const records = (): Built[] =>
  (readJson('data/documents.json') as Built[]).map((r) => {
    const doc = readJson(`data/documents/${r.slug}.json`) as Omit<PublishedDocument, 'sections'> & {
      sections: PublishedSection[];
    };
    return { ...r, sections: sectionTree(doc), mentions: doc.mentions, citations: doc.citations };
  });
/**
 * The section links a list row shows for sections `ids` of document `r` and how many more it
 * counts (及另 N 处): the first three in the document's order (the tree's preorder).
 */
export function rowSections(r: Built, ids: Iterable<string>): { shown: string[]; more: number } {
  const order: string[] = [];
  const walk = (nodes: Built['sections']) => {
    for (const n of nodes) {
      order.push(n.id);
      walk(n.children);
    }
  };
  walk(r.sections);
  const wanted = new Set([...ids].filter(Boolean));
  const sorted = order.filter((id) => wanted.has(id));
  // Ids the tree lacks (none expected) would come last.
  sorted.push(...[...wanted].filter((id) => !order.includes(id)));
  return { shown: sorted.slice(0, 3), more: Math.max(0, sorted.length - 3) };
}
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
