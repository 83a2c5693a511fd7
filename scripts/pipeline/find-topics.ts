import type { DocumentInput } from '../../src/schema/document.ts';
import type { Topic } from '../../src/schema/registry.ts';
import { StringTrie } from './string-trie.ts';
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

type KeywordIndex = StringTrie<string[]>;
const indexes = new WeakMap<readonly Topic[], KeywordIndex>();

/** The keywords (two characters or more) with the topics they stand for, so a text is read once for all topics. */
function keywordIndex(topics: readonly Topic[]): KeywordIndex {
  let index = indexes.get(topics);
  if (!index) {
    const slugsOf = new Map<string, string[]>();
    for (const t of topics) {
      for (const keyword of t.keywords) if (keyword.length >= 2) slugsOf.set(keyword, [...(slugsOf.get(keyword) ?? []), t.slug]);
    }
    index = new StringTrie<string[]>();
    for (const [keyword, slugs] of slugsOf) index.add(keyword, slugs);
    indexes.set(topics, index);
  }
  return index;
}

/** The topic of every keyword occurrence in `text`, once per occurrence and topic. */
function topicsIn(text: string, index: KeywordIndex): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const found = index.matchesAt(text, i);
    if (found === 0) continue;
    const start = out.length;
    for (let k = 0; k < found; k++) {
      for (const slug of index.values[k]!) if (out.indexOf(slug, start) < 0) out.push(slug);
    }
  }
  return out;
}
