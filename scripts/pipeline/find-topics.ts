import type { DocumentInput } from '../../src/schema/document.ts';
import type { Topic } from '../../src/schema/registry.ts';
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
  const out: TopicRef[] = [];
  for (const topic of topics) {
    let hits = 0;
    const sections: string[] = [];
    for (const b of blocks) {
      if (b.role === 'title' || b.role === 'docNumber') continue;
      const n = topic.keywords.reduce((sum, k) => sum + countOf(b.text, k), 0);
      if (n === 0) continue;
      hits += n;
      const section = b.section ?? '';
      if (!sections.includes(section)) sections.push(section);
    }
    if (hits >= MIN_TOPIC_HITS || topic.keywords.some((k) => title.includes(k))) out.push({ slug: topic.slug, sections });
  }
  return out;
}

function countOf(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}
