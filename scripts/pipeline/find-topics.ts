import type { DocumentInput } from '../../src/schema/document.ts';
import type { Topic } from '../../src/schema/registry.ts';
import { pairKey } from './department-index.ts';
import type { Block } from './types.ts';

type TopicRef = NonNullable<DocumentInput['topics']>[number];

/** A topic needs this many keyword occurrences in the body, unless its title names it. */
export const MIN_TOPIC_HITS = 3;

/**
 * The taxonomy's topics a document is about: a keyword in its title, or at least
 * MIN_TOPIC_HITS keyword occurrences in its text. Each comes with the sections that hold a
 * keyword ('' for text outside any section), in document order; topics in taxonomy order.
 */
export function findTopics(title: string, blocks: readonly Block[], topics: readonly Topic[]): TopicRef[] {
  const hits = new Map<string, number>();
  const sections = new Map<string, string[]>();
  const keywords = keywordIndex(topics);
  for (const b of blocks) {
    if (b.role === 'title' || b.role === 'docNumber') continue;
    const section = b.section ?? '';
    for (const slug of topicsIn(b.text, keywords)) {
      hits.set(slug, (hits.get(slug) ?? 0) + 1);
      const list = sections.get(slug) ?? [];
      if (!list.includes(section)) list.push(section);
      sections.set(slug, list);
    }
  }
  return topics
    .filter((t) => (hits.get(t.slug) ?? 0) >= MIN_TOPIC_HITS || t.keywords.some((k) => title.includes(k)))
    .map((t) => ({ slug: t.slug, sections: sections.get(t.slug) ?? [] }));
}

type KeywordIndex = Map<number, { keyword: string; slug: string }[]>;
const indexes = new WeakMap<readonly Topic[], KeywordIndex>();

/** Keywords by their first two characters, so a text is read once for all topics. */
function keywordIndex(topics: readonly Topic[]): KeywordIndex {
  let index = indexes.get(topics);
  if (!index) {
    index = new Map();
    for (const t of topics) {
      for (const keyword of t.keywords) {
        const list = index.get(pairKey(keyword, 0)) ?? [];
        list.push({ keyword, slug: t.slug });
        index.set(pairKey(keyword, 0), list);
      }
    }
    indexes.set(topics, index);
  }
  return index;
}

/** The topic of every keyword occurrence in `text`, once per occurrence and topic. */
function topicsIn(text: string, index: KeywordIndex): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const candidates = index.get(pairKey(text, i));
    if (!candidates) continue;
    const seen = new Set<string>();
    for (const c of candidates) {
      if (!seen.has(c.slug) && text.startsWith(c.keyword, i)) {
        seen.add(c.slug);
        out.push(c.slug);
      }
    }
  }
  return out;
}
