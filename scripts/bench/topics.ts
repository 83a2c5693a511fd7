/**
 * How many topics documents get, and how well the classifier alone agrees with the 主题分类 a
 * document states:
 *
 *   npm run bench:topics                          # the seeds (content/raw) and ../shared/corpus/real
 *   npm run bench:topics -- --raw DIR [--raw DIR]
 *
 * Each source is normalised as the build does (no output written). It prints, per corpus, the
 * median and maximum number of topics per document and of sections supporting a topic, and for
 * the documents that state a 主题分类 (the record's `categories`, else a 主题分类 line of the
 * source, which the header reader may not take yet) how often the classifier, left to itself,
 * files the document under the stated subcategory (or, for a stated category, one of its
 * subcategories), and how often anywhere in the same category.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyTopics, statedTopics } from '../ingest/find-topics.ts';
import { contextOf, normaliseSource } from '../corpus/normalise-corpus.ts';
import { readRegistries } from '../../src/registry/read-registries.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { raw: { type: 'string', multiple: true } } });
const real = [resolve(root, '../shared/corpus/real'), '/work/shared/corpus/real'].find((p) => existsSync(p));
const dirs = values.raw ?? [join(root, 'content/raw'), ...(real ? [real] : [])];
const registries = readRegistries(join(root, 'content'));
const context = contextOf(registries);
const topics = registries.topics;
const bySlug = new Map(topics.map((t) => [t.slug, t]));
const categoryOf = (slug: string) => bySlug.get(slug)?.parent ?? slug;
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : 0);
const STATED_LINE = /主题分类[:：]\s*([^\s\t]+)/;

for (const dir of dirs) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const counts: number[] = [];
  const sections: number[] = [];
  let stated = 0;
  let same = 0;
  let sameCategory = 0;
  const misses: string[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const bytes = readFileSync(path);
    let doc;
    try {
      doc = normaliseSource({ path, name, bytes }, undefined, context);
    } catch {
      console.log(`  ${basename(dir)}/${name}: not normalised (the build would stop on it); left out`);
      continue;
    }
    counts.push(doc.data.topics.length);
    for (const t of doc.data.topics) sections.push(t.sections.length);
    const line = STATED_LINE.exec(bytes.toString('utf8'))?.[1];
    const wanted = statedTopics(
      doc.data.subjectCategory
        ? [doc.data.subjectCategory]
        : doc.data.categories.length
          ? doc.data.categories
          : line
            ? [line]
            : [],
      topics,
    );
    if (wanted.length === 0) continue;
    stated++;
    const chosen = classifyTopics(doc.data.title, doc.blocks, topics).map((t) => t.slug);
    // A stated category with no subcategories (其他) is matched by the classifier choosing none.
    const leaf = (slug: string) => !topics.some((t) => t.parent === slug) && bySlug.get(slug)?.parent === undefined;
    const hit = wanted.some(
      (w) =>
        (leaf(w.slug) && chosen.length === 0) ||
        chosen.some((c) => c === w.slug || (bySlug.get(w.slug)?.parent === undefined && categoryOf(c) === w.slug)),
    );
    if (hit) same++;
    if (hit || wanted.some((w) => chosen.some((c) => categoryOf(c) === categoryOf(w.slug)))) sameCategory++;
    if (!hit)
      misses.push(
        `${name}: stated ${wanted.map((w) => bySlug.get(w.slug)!.name).join('、')}, classifier ${chosen.map((c) => bySlug.get(c)!.name).join('、') || '(none)'}`,
      );
  }
  const pct = (n: number) => (stated ? `${((100 * n) / stated).toFixed(0)}%` : 'n/a');
  console.log(`${dir}: ${counts.length} document(s)`);
  console.log(
    `  topics per document: median ${median(counts)}, max ${Math.max(0, ...counts)}; none: ${counts.filter((n) => n === 0).length}`,
  );
  console.log(`  sections supporting a topic: median ${median(sections)}, max ${Math.max(0, ...sections)}`);
  console.log(
    `  stated 主题分类: ${stated} document(s); the classifier alone chose it for ${same} (${pct(same)}), its category for ${sameCategory} (${pct(sameCategory)})`,
  );
  for (const m of misses) console.log(`    ${m}`);
}
