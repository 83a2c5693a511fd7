/** One built page of every page type, found in the test build (so new documents change nothing here). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, siteDir } from './support.ts';

/** The first sub-folder of a built folder, in name order: e.g. a document slug. */
function first(folder: string): string {
  const names = readdirSync(join(siteDir, folder), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (!names.length) throw new Error(`${folder}: the test build has no page there`);
  return names[0]!;
}

export interface PageType {
  name: string;
  path: string;
}

/** Every page type with one example path under BASE. */
export function pageTypes(): PageType[] {
  if (!existsSync(siteDir)) throw new Error(`${siteDir} is missing: run the e2e suite without E2E_SKIP_BUILD once`);
  return [
    { name: 'home', path: BASE },
    { name: 'document', path: `${BASE}documents/${first('documents')}/` },
    { name: 'departments', path: `${BASE}departments/` },
    { name: 'department', path: `${BASE}departments/${first('departments')}/` },
    { name: 'topics', path: `${BASE}topics/` },
    { name: 'topic', path: `${BASE}topics/${first('topics')}/` },
    { name: 'browse', path: `${BASE}browse/` },
    { name: 'browse-years', path: `${BASE}browse/year/` },
    { name: 'browse-year', path: `${BASE}browse/year/${first('browse/year')}/` },
    { name: 'browse-type', path: `${BASE}browse/type/${first('browse/type')}/` },
    { name: 'browse-region', path: `${BASE}browse/region/${first('browse/region')}/` },
    { name: 'citations', path: `${BASE}citations/` },
    { name: 'search', path: `${BASE}search/?q=${encodeURIComponent('人参')}` },
    { name: 'search-filters', path: `${BASE}search/?region=${encodeURIComponent('吉林省')}` },
    { name: 'search-nothing', path: `${BASE}search/?q=${encodeURIComponent('關於 数字经济')}` },
    { name: 'about', path: `${BASE}about/` },
    { name: '404', path: `${BASE}404.html` },
  ];
}
