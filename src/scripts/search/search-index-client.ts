/**
 * The search page's side of the archive's search index (src/lib/search-index/): loads the
 * index's entry point once, then per query only the buckets of the query's cover bigrams, the
 * lists of the chosen filter values and the documents shown.
 */
import { compactText } from '../../lib/text-match.ts';
import { codePoints, coverOffsets, matchPhrase, type PhraseMatch } from '../../lib/search-index/match-phrase.ts';
import { bigramKey, bucketOf, decodePostings, readBucket, type Postings } from '../../lib/search-index/postings.ts';
import { rankMatches } from '../../lib/search-index/rank-matches.ts';
import type { SearchMeta } from '../../lib/search-index/build-search-index.ts';
import type { SectionStart } from '../../lib/search-document.ts';
import type { SearchState } from './search-state.ts';

/** One found document, ready to show. */
export interface FoundDocument {
  url: string;
  title: string;
  docNumber: string;
  issuer: string;
  date: string;
  /** The document's indexed text: title, 发文字号, body, whitespace removed. */
  text: string;
  sections: SectionStart[];
}

/** A search's documents, best first: their number at once, their details on demand. */
export interface FoundDocuments {
  count: number;
  /** True when the query is a single character: too short to search. */
  tooShort: boolean;
  load: (from: number, to: number) => Promise<FoundDocument[]>;
}

export interface SearchIndex {
  /** Filter key → value → number of documents. */
  filters: () => Record<string, Record<string, number>>;
  /** The documents of a search; null for an empty query. */
  search: (state: SearchState) => Promise<FoundDocuments | null>;
}

async function fetchGzip(url: string, init?: RequestInit): Promise<Uint8Array> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`search index: ${url} answered ${response.status}`);
  const stream = response.body!.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const fetchJson = async <T>(url: string, init?: RequestInit): Promise<T> =>
  JSON.parse(new TextDecoder().decode(await fetchGzip(url, init))) as T;

/** Memoises an async function of a string key. */
function cached<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const memo = new Map<string, Promise<T>>();
  return (key) => {
    let p = memo.get(key);
    if (!p) {
      p = load(key);
      memo.set(key, p);
      p.catch(() => memo.delete(key));
    }
    return p;
  };
}

/**
 * Opens the index at `indexUrl` (`<base>search-index/`); documents link to `<documentsUrl><slug>/`.
 */
export async function openSearchIndex(indexUrl: string, documentsUrl: string): Promise<SearchIndex> {
  const meta = await fetchJson<SearchMeta>(`${indexUrl}meta.bin`, { cache: 'no-cache' });
  const file = (path: string) => `${indexUrl}${path}?v=${meta.version}`;
  const bucket = cached(async (n) => readBucket(await fetchGzip(file(`b/${n}.bin`))));
  const postings = async (first: number, second: number): Promise<Postings | null> => {
    const entry = (await bucket(String(bucketOf(first, second, meta.buckets)))).get(bigramKey(first, second));
    return entry ? decodePostings(entry) : null;
  };
  const filterList = cached((path) => fetchJson<number[]>(file(path)));
  const documentData = cached((slug) => fetchJson<Omit<FoundDocument, 'url'>>(file(`d/${slug}.bin`)));

  /** The ordinals allowed by the chosen filters: any value of a key, every key; null for all. */
  async function allowed(filters: SearchState['filters']): Promise<Set<number> | null> {
    let out: Set<number> | null = null;
    for (const [key, values] of Object.entries(filters)) {
      const known = meta.filters[key]?.values ?? [];
      const lists = await Promise.all(
        values
          .map((v) => known.indexOf(v))
          .filter((i) => i >= 0)
          .map((i) => filterList(`f/${key}/${i}.bin`)),
      );
      const union = new Set<number>(lists.flat());
      const previous: Set<number> | null = out;
      out = previous ? new Set([...previous].filter((d: number) => union.has(d))) : union;
    }
    return out;
  }

  return {
    filters: () =>
      Object.fromEntries(
        Object.entries(meta.filters).map(([k, f]) => [k, Object.fromEntries(f.values.map((v, i) => [v, f.counts[i]!]))]),
      ),
    async search(state) {
      const cps = codePoints(compactText(state.q));
      if (cps.length === 0) return null;
      if (cps.length === 1) return { count: 0, tooShort: true, load: () => Promise.resolve([]) };
      const [terms, filter] = await Promise.all([
        Promise.all(coverOffsets(cps.length).map(async (o) => [o, await postings(cps[o]!, cps[o + 1]!)] as const)),
        allowed(state.filters),
      ]);
      const matches = terms.some(([, p]) => !p) ? new Map<number, PhraseMatch>() : matchPhrase(terms as [number, Postings][]);
      if (filter) for (const doc of matches.keys()) if (!filter.has(doc)) matches.delete(doc);
      const order = rankMatches(matches, meta, state.sort);
      const load = (from: number, to: number) =>
        Promise.all(
          order.slice(from, to).map(async (ordinal) => {
            const slug = meta.slugs[ordinal]!;
            return { url: `${documentsUrl}${slug}/`, ...(await documentData(slug)) };
          }),
        );
      return { count: order.length, tooShort: false, load };
    },
  };
}
