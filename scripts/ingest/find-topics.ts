import type { DocumentInput } from '../../src/schema/document.ts';
import type { Topic } from '../../src/schema/registry.ts';
import { StringTrie } from '../../src/registry/string-trie.ts';
import type { Block } from './types.ts';

type TopicRef = NonNullable<DocumentInput['topics']>[number];

/** At most this many subcategories from the classifier. */
export const MAX_TOPICS = 3;
/** A subcategory needs this many keyword occurrences in the body, of at least two keywords, unless its title names it. */
export const MIN_TOPIC_HITS = 6;
/** A subcategory is kept only when its evidence is at least this share of the strongest one's. */
export const MIN_SHARE = 0.4;
/** A title keyword counts as this many occurrences in the body. */
const TITLE_WEIGHT = 6;
/** At most this many supporting sections per topic: those with the most occurrences, in document order. */
const MAX_SECTIONS = 5;

/**
 * The topics of a document. Its own 主题分类 (header field `categories`, 一级\二级 or 一级) sets
 * them when it names a category of the taxonomy: the whole document supports it. Otherwise the
 * classifier files it under at most MAX_TOPICS subcategories whose keywords it holds strongly.
 */
export function findTopics(
  title: string,
  blocks: readonly Block[],
  topics: readonly Topic[],
  categories: readonly string[] = [],
): TopicRef[] {
  const stated = statedTopics(categories, topics);
  return stated.length ? stated : classifyTopics(title, blocks, topics);
}

/** The taxonomy's topics a 主题分类 value names: 卫生、体育\医药管理 → the subcategory; 科技、教育 → the category. */
export function statedTopics(categories: readonly string[], topics: readonly Topic[]): TopicRef[] {
  const out: TopicRef[] = [];
  for (const value of categories) {
    const [top, sub] = value.split(/[\\＼/／]/).map((s) => s.trim());
    const category = topics.find((t) => t.parent === undefined && t.name === top);
    if (!category) continue;
    const child = sub ? topics.find((t) => t.parent === category.slug && t.name === sub) : undefined;
    const slug = (child ?? category).slug;
    if (!out.some((r) => r.slug === slug)) out.push({ slug, sections: [] });
  }
  return out;
}

/**
 * The subcategories the text is about, strongest first, at most MAX_TOPICS: a keyword in the
 * title, or MIN_TOPIC_HITS occurrences of two keywords or more in the body (keywords of one
 * topic starting at one place count once), and at least MIN_SHARE of the strongest evidence.
 * Each comes with the sections holding most of its keywords ('' for text outside any section).
 */
export function classifyTopics(title: string, blocks: readonly Block[], topics: readonly Topic[]): TopicRef[] {
  const keywords = keywordIndex(topics);
  const hits = new Int32Array(topics.length);
  const distinct: Set<string>[] = topics.map(() => new Set());
  const bySection = topics.map(() => new Map<string, number>());
  // The last position each topic was counted at, so it counts once per position.
  const countedAt = new Int32Array(topics.length).fill(-1);
  let offset = 0;
  for (const b of blocks) {
    if (b.role === 'title' || b.role === 'docNumber') continue;
    const section = b.section ?? '';
    const text = b.text;
    for (let i = keywords.nextStart(text, 0); i >= 0; i = keywords.nextStart(text, i + 1)) {
      const found = keywords.matchesAt(text, i);
      for (let k = 0; k < found; k++) {
        for (const t of keywords.values[k]!) {
          distinct[t]!.add(text.slice(i, i + keywords.lengths[k]!));
          if (countedAt[t] === offset + i) continue;
          countedAt[t] = offset + i;
          hits[t]!++;
          bySection[t]!.set(section, (bySection[t]!.get(section) ?? 0) + 1);
        }
      }
    }
    offset += text.length;
  }
  const scored = topics
    .map((t, k) => {
      const inTitle = t.keywords.filter((w) => title.includes(w)).length;
      const strong = inTitle > 0 || (hits[k]! >= MIN_TOPIC_HITS && distinct[k]!.size >= 2);
      return { k, score: strong ? hits[k]! + TITLE_WEIGHT * inTitle : 0 };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.k - b.k);
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score >= MIN_SHARE * best)
    .slice(0, MAX_TOPICS)
    .map(({ k }) => ({ slug: topics[k]!.slug, sections: supportingSections(bySection[k]!) }));
}

/** The sections with the most occurrences, at most MAX_SECTIONS, in document order. */
function supportingSections(counts: Map<string, number>): string[] {
  const order = [...counts.keys()];
  const top = new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
      .slice(0, MAX_SECTIONS)
      .map(([s]) => s),
  );
  return order.filter((s) => top.has(s));
}

/** Keywords (two characters or more) with the positions of the topics they stand for. */
type KeywordIndex = StringTrie<number[]>;
const indexes = new WeakMap<readonly Topic[], KeywordIndex>();

/** The taxonomy's keywords in a trie, so a text is read once for all topics. */
function keywordIndex(topics: readonly Topic[]): KeywordIndex {
  let index = indexes.get(topics);
  if (!index) {
    const topicsOf = new Map<string, number[]>();
    topics.forEach((t, k) => {
      for (const keyword of t.keywords) if (keyword.length >= 2) topicsOf.set(keyword, [...(topicsOf.get(keyword) ?? []), k]);
    });
    index = new StringTrie<number[]>();
    for (const [keyword, found] of topicsOf) index.add(keyword, found);
    indexes.set(topics, index);
  }
  return index;
}
