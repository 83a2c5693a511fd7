import type { DocumentInput } from '../../src/schema/document.ts';
import type { Topic } from '../../src/schema/registry.ts';
import { StringTrie } from './string-trie.ts';
import type { Block } from './types.ts';

type TopicRef = NonNullable<DocumentInput['topics']>[number];

/** A topic needs this many keyword occurrences in the body, unless its title names it. */
export const MIN_TOPIC_HITS = 3;

/**
 * The taxonomy's topics a document is about: a keyword in its title, or at least
 * MIN_TOPIC_HITS keyword occurrences in its text (keywords of one topic starting at one place
 * count once). Each comes with the sections that hold a keyword ('' for text outside any
 * section), in document order; topics in taxonomy order.
 */
export function findTopics(title: string, blocks: readonly Block[], topics: readonly Topic[]): TopicRef[] {
  const keywords = keywordIndex(topics);
  const hits = new Int32Array(topics.length);
  const sections: string[][] = topics.map(() => []);
  // The last position each topic was counted at, so it counts once per position.
  const countedAt = new Int32Array(topics.length).fill(-1);
  // Positions count across blocks, so a position is unique in the document.
  let offset = 0;
  for (const b of blocks) {
    if (b.role === 'title' || b.role === 'docNumber') continue;
    const section = b.section ?? '';
    const text = b.text;
    // nextStart skips, in one tight loop, the positions no keyword starts at.
    for (let i = keywords.nextStart(text, 0); i >= 0; i = keywords.nextStart(text, i + 1)) {
      const found = keywords.matchesAt(text, i);
      for (let k = 0; k < found; k++) {
        for (const t of keywords.values[k]!) {
          if (countedAt[t] === offset + i) continue;
          countedAt[t] = offset + i;
          hits[t]!++;
          if (!sections[t]!.includes(section)) sections[t]!.push(section);
        }
      }
    }
    offset += text.length;
  }
  return topics.flatMap((t, k) =>
    hits[k]! >= MIN_TOPIC_HITS || t.keywords.some((w) => title.includes(w)) ? [{ slug: t.slug, sections: sections[k]! }] : [],
  );
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
