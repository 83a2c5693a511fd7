/**
 * Builds a Pagefind 1.6 index over a built site's document pages, with Pagefind's Node API, for
 * bench:search to compare with our own index; run as a process of its own so its time and
 * memory (Pagefind's binary is a child of it) are measured alone:
 *
 *   node scripts/bench/pagefind-index.ts --site .build/bench-search/archive
 *
 * Writes <site>/pagefind/. Indexes what a document page's <main> shows (title, the 发文字号 and
 * date lines, body), leaving out the parts of <main> that are navigation or repeated data:
 * contents, the links aside, the citation block, previous/next.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { site: { type: 'string' } } });
if (!values.site) throw new Error('pagefind-index: --site DIR is required');
const site = resolve(values.site);
const { index, errors } = await pagefind.createIndex({
  forceLanguage: 'zh',
  rootSelector: 'main',
  excludeSelectors: ['nav', 'aside', '.cite-block', '.toast'],
});
if (!index) throw new Error(`pagefind-index: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site, glob: 'documents/*/index.html' });
if (added.errors.length) throw new Error(`pagefind-index: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind-index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`pagefind-index: ${added.page_count} pages`);
