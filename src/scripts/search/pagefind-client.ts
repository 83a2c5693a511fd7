/**
 * The slice of Pagefind's browser API the search page uses, and the query rewriting that makes
 * it exact: the user's text becomes a phrase of bigram tokens (src/lib/search-tokens.ts).
 */
import { decodeTokens, queryTerm } from '../../lib/search-tokens.ts';
import type { SectionStart } from '../../lib/search-document.ts';
import { pagefindOptions, type SearchState } from './search-state.ts';

interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
interface PagefindModule {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: object) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** One found document, ready to show. */
export interface FoundDocument {
  url: string;
  title: string;
  docNumber: string;
  issuer: string;
  date: string;
  /** The document's indexed text, decoded: title, 发文字号, body, whitespace removed. */
  text: string;
  sections: SectionStart[];
}

/** A search's documents, best first: their number at once, their details on demand. */
export interface FoundDocuments {
  count: number;
  load: (from: number, to: number) => Promise<FoundDocument[]>;
}

let loaded: Promise<PagefindModule> | null = null;

/** Pagefind's module from the site's bundle (`<base>pagefind/pagefind.js`), loaded once. */
export function pagefindAt(url: string): Promise<PagefindModule> {
  loaded ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (pf) => {
    // The index stores each document's full URL, base path included (see the integration).
    await pf.options({ baseUrl: '/' });
    await pf.init();
    return pf;
  });
  return loaded;
}

async function toDocument(result: PagefindResult): Promise<FoundDocument> {
  const f = await result.data();
  return {
    url: f.url,
    title: f.meta['title'] ?? '',
    docNumber: f.meta['docNumber'] ?? '',
    issuer: f.meta['issuer'] ?? '',
    date: f.meta['date'] ?? '',
    text: decodeTokens(f.content),
    sections: JSON.parse(f.meta['sections'] ?? '[]') as SectionStart[],
  };
}

/** Runs a search; null when the query is empty or a newer search replaced it. */
export async function findDocuments(pf: PagefindModule, state: SearchState): Promise<FoundDocuments | null> {
  const term = queryTerm(state.q);
  if (!term) return null;
  const options = pagefindOptions(state);
  const found = await pf.search(term, options);
  if (!found) return null;
  let results = found.results;
  // An exact phrase search matches exactly but scores every page 1; the same tokens searched
  // loosely (same index chunks, nothing more to download) give Pagefind's relevance scores.
  if (state.sort === 'relevance' && term.startsWith('"')) {
    const loose = await pf.search(term.slice(1, -1), options);
    const score = new Map((loose?.results ?? []).map((r) => [r.id, r.score]));
    results = [...results].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
  }
  return { count: results.length, load: (from, to) => Promise.all(results.slice(from, to).map(toDocument)) };
}
