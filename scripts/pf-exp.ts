import { readdirSync, readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { JSON_SCHEMA, load } from 'js-yaml';
import { documentBlocks } from '../src/lib/document-blocks.ts';
import { searchDocument } from '../src/lib/search-document.ts';
import { splitFrontmatter } from '../src/loaders/mdx-documents.ts';
const dir = process.argv[2]!;
const lang = process.argv[3]!;
const n = Number(process.argv[4] ?? 1000);
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().slice(0, n);
let t = performance.now();
const pages = files.map((f) => { const { frontmatter, body } = splitFrontmatter(readFileSync(`${dir}/${f}`, 'utf8')); const doc = load(frontmatter, { schema: JSON_SCHEMA }) as any; return searchDocument(doc, documentBlocks(body), `/documents/${doc.slug}/`, (s) => s); });
console.log('pages', pages.length, 'prep', Math.round(performance.now() - t), 'ms', 'avg bytes', Math.round(pages.reduce((a, p) => a + p.content.length, 0) / pages.length));
t = performance.now();
const { index } = await pagefind.createIndex(lang === 'none' ? {} : { forceLanguage: lang });
for (const p of pages) {
  const content = lang === 'zh' ? p.content : p.content.replace('lang="zh"', `lang="${lang}"`);
  await index!.addHTMLFile({ url: p.url, content });
}
console.log('add', Math.round(performance.now() - t), 'ms');
const w = await index!.writeFiles({ outputPath: `/tmp/pf-${lang}` });
console.log('total', Math.round(performance.now() - t), 'ms', w.errors);
await pagefind.close();
