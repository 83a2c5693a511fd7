/**
 * The browse indexes (browse/type/, browse/region/, browse/year/): every bucket of one kind with
 * its page and count, as view models for the page cache (src/build-cache/page-plan.ts).
 */
import type { DocumentData } from '../schema/document.ts';
import type { Archive } from '../archive/build-archive.ts';
import { docTypeLabel } from './doc-labels.ts';
import type { Candidate } from '../build-cache/page-plan.ts';

export const browseKinds = ['type', 'region', 'year'] as const;
export type BrowseKind = (typeof browseKinds)[number];

export interface BrowseIndexView {
  by: BrowseKind;
  /** 按文种浏览, … */
  title: string;
  items: { name: string; path: string; n: number }[];
}

const titles: Record<BrowseKind, string> = { type: '按文种浏览', region: '按地区浏览', year: '按年份浏览' };

export function browseIndexView(archive: Archive, by: BrowseKind): BrowseIndexView {
  const buckets = by === 'type' ? archive.byType : by === 'region' ? archive.byRegion : archive.byYear;
  return {
    by,
    title: titles[by],
    items: buckets.map((b) => ({
      name: by === 'type' ? docTypeLabel[b.slug as DocumentData['docType']] : b.name,
      path: `browse/${by}/${b.slug}/`,
      n: b.docs.length,
    })),
  };
}

/** The holdings by type, region and year, as the home, search and browse pages count them. */
export interface CountGroup {
  id: string;
  /** 按文种, 按地区, 按年份. */
  title: string;
  items: BrowseIndexView['items'];
}

const groupTitles: Record<BrowseKind, string> = { type: '按文种', region: '按地区', year: '按年份' };

export const countGroups = (archive: Archive): CountGroup[] =>
  browseKinds.map((by) => ({ id: `by-${by}`, title: groupTitles[by], items: browseIndexView(archive, by).items }));

export const browseIndexPages = (archive: Archive): Candidate<{ by: BrowseKind }, BrowseIndexView>[] =>
  browseKinds.map((by) => ({ params: { by }, file: `browse/${by}/index.html`, view: browseIndexView(archive, by) }));
