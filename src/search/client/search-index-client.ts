/**
 * The search page's side of the archive's search index (src/search/): loads the
 * index's entry point once, then per query only the buckets of its words' cover bigrams and the
 * identifier file of a query that may be a 发文字号 or 索引号; the filter columns are loaded
 * once, for choosing by filters and counting their values. Buckets are members of packs
 * (packs.ts), each read with a `Range` request. What a result shows comes from the document's
 * published record, data/documents/<slug>.json (result-data.ts), fetched for the results shown.
 */
import { codePoints, coverOffsets, matchPhrase, type PhraseMatch } from './match-phrase.ts';
import { parseQuery, identifierBucket, type ParsedQuery } from '../format/parse-query.ts';
import { bigramKey, bucketOf, decodePostings, readBucket, type Postings } from '../format/postings.ts';
import { rankMatches } from './rank-matches.ts';
import { bucketPlaces, type MemberPlace } from '../format/packs.ts';
import { resultData, type PublishedRecord, type ResultData } from '../format/result-data.ts';
import type { SearchMeta } from '../build/build-search-index.ts';
import type { SearchState } from './search-state.ts';

/** One found document, ready to show: what its record says (its indexed text included), its page. */
export interface FoundDocument extends ResultData {
  url: string;
  /** True when the query is this document's 发文字号 or 索引号. */
  exact: boolean;
}

/** Filter key → value → number of documents. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A search's documents, best first: their number at once, their details on demand. */
export interface FoundDocuments {
  count: number;
  query: ParsedQuery;
  /** Each word that must occur, with the number of documents it finds on its own (no filters). */
  words: { label: string; count: number }[];
  load: (from: number, to: number) => Promise<FoundDocument[]>;
  /** Per filter value, the documents of this query under the other filters chosen. */
  counts: () => Promise<FilterCounts>;
}

export interface SearchIndex {
  /** Filter key → value → number of documents in the archive. */
  filters: () => FilterCounts;
  /** The documents of a search; null when neither a word nor a filter is given. */
  search: (state: SearchState) => Promise<FoundDocuments | null>;
}

/** The bytes of a gzip stream: a response's body, or a slice of a pack held whole. */
const gunzip = async (from: Response | Blob): Promise<Uint8Array> => {
  const body = (from instanceof Blob ? new Response(from) : from).body!;
  return new Uint8Array(await new Response(body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
};

async function fetchGzip(url: string, init?: RequestInit): Promise<Uint8Array> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`search index: ${url} answered ${response.status}`);
  return gunzip(response);
}

/**
 * Reads members of packs: each with a `Range` request for its bytes. A host that ignores
 * `Range` answers 200 with the whole pack; then that pack is kept and cut here.
 */
function packReader(url: (pack: string) => string): (place: MemberPlace) => Promise<Uint8Array> {
  const whole = new Map<string, Promise<Blob>>();
  return async ({ pack, offset, length }) => {
    const kept = whole.get(pack);
    if (kept) return gunzip((await kept).slice(offset, offset + length));
    // Each member under a URL of its own (the host ignores the parameter): requests for one URL
    // share one entry of the browser's cache, and Chromium lets one write an entry at a time,
    // so ranges of one pack fetched together would wait for each other.
    const response = await fetch(`${url(pack)}&at=${offset}`, {
      headers: { Range: `bytes=${offset}-${offset + length - 1}` },
    });
    if (!response.ok) throw new Error(`search index: ${pack} answered ${response.status}`);
    if (response.status === 206) return gunzip(response);
    const blob = response.blob();
    whole.set(pack, blob);
    return gunzip((await blob).slice(offset, offset + length));
  };
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

type Matches = Map<number, PhraseMatch>;

/** Documents in both, their matches added up (the earliest first match kept). */
function intersect(a: Matches, b: Matches): Matches {
  const out: Matches = new Map();
  for (const [doc, m] of a) {
    const n = b.get(doc);
    if (n) out.set(doc, { count: m.count + n.count, first: Math.min(m.first, n.first) });
  }
  return out;
}

/** Documents in either (a document in both keeps the larger count and earlier first match). */
function unite(a: Matches, b: Matches): Matches {
  const out = new Map(a);
  for (const [doc, n] of b) {
    const m = out.get(doc);
    out.set(doc, m ? { count: Math.max(m.count, n.count), first: Math.min(m.first, n.first) } : n);
  }
  return out;
}

/**
 * Opens the index at `indexUrl` (`<base>search-index/`); documents link to `<documentsUrl><slug>/`,
 * their records are `<recordsUrl><slug>.json`.
 */
export async function openSearchIndex(indexUrl: string, documentsUrl: string, recordsUrl: string): Promise<SearchIndex> {
  const meta = await fetchJson<SearchMeta>(`${indexUrl}meta.bin`, { cache: 'no-cache' });
  const file = (path: string) => `${indexUrl}${path}?v=${meta.version}`;
  const member = packReader(file);
  const bucketAt = bucketPlaces(meta.bucketSizes, meta.packs);
  const bucket = cached(async (n) => readBucket(await member(bucketAt[Number(n)]!)));
  const postings = async (first: number, second: number): Promise<Postings | null> => {
    const entry = (await bucket(String(bucketOf(first, second, meta.buckets)))).get(bigramKey(first, second));
    return entry ? decodePostings(entry) : null;
  };
  const column = cached((key) => fetchJson<number[][]>(file(`c/${key}.bin`)));
  const identifiers = cached((n) => fetchJson<Record<string, number[]>>(file(`i/${n}.bin`)));
  // Under the index's version, as every index file: a record never mixes with another build's
  // postings in the cache.
  const documentData = cached(async (slug) => {
    const url = `${recordsUrl}${slug}.json?v=${meta.version}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`search index: ${url} answered ${response.status}`);
    return resultData((await response.json()) as PublishedRecord);
  });
  const keys = Object.keys(meta.filters);

  /** Where one folded form occurs: a phrase of two characters or more, or one character of a title or 发文字号. */
  const phrase = cached(async (form): Promise<Matches> => {
    const cps = codePoints(form);
    if (cps.length === 1) {
      const p = await postings(cps[0]!, 0);
      return p ? matchPhrase([[0, p]]) : new Map();
    }
    const terms = await Promise.all(
      coverOffsets(cps.length).map(async (o) => [o, await postings(cps[o]!, cps[o + 1]!)] as const),
    );
    return terms.some(([, p]) => !p) ? new Map() : matchPhrase(terms as [number, Postings][]);
  });
  const anyForm = async (forms: string[]): Promise<Matches> =>
    (await Promise.all(forms.map((f) => phrase(f)))).reduce(unite, new Map());

  /** The documents allowed by the chosen filters of every key but `except`: any value of a key, every key; null for all. */
  async function allowed(filters: SearchState['filters'], except?: string): Promise<Set<number> | null> {
    let out: Set<number> | null = null;
    for (const [key, values] of Object.entries(filters)) {
      if (key === except) continue;
      const known = meta.filters[key]?.values ?? [];
      const chosen = new Set(values.map((v) => known.indexOf(v)).filter((i) => i >= 0));
      const rows = await column(key);
      const mine = new Set<number>();
      rows.forEach((row, doc) => {
        if (row.some((i) => chosen.has(i))) mine.add(doc);
      });
      const previous: Set<number> | null = out;
      out = previous ? new Set<number>([...previous].filter((d: number) => mine.has(d))) : mine;
    }
    return out;
  }

  return {
    filters: () =>
      Object.fromEntries(
        Object.entries(meta.filters).map(([k, f]) => [k, Object.fromEntries(f.values.map((v, i) => [v, f.counts[i]!]))]),
      ),
    async search(state) {
      const query = parseQuery(state.q);
      const filtered = Object.keys(state.filters).some((k) => keys.includes(k));
      if (query.include.length === 0 && !filtered) return null;
      const exactKey = query.id;
      const [found, excluded, filter, exactDocs] = await Promise.all([
        Promise.all(query.include.map((t) => anyForm(t.forms))),
        Promise.all(query.exclude.map((t) => anyForm(t.forms))),
        allowed(state.filters),
        exactKey
          ? identifiers(String(identifierBucket(exactKey, meta.ids))).then((f) => f[exactKey] ?? [])
          : Promise.resolve([] as number[]),
      ]);
      // Browsing by filters alone: every document, dated newest first unless asked otherwise.
      let matches: Matches =
        found.length > 0 ? found.reduce(intersect) : new Map(meta.slugs.map((_, doc) => [doc, { count: 0, first: 0 }]));
      const exact = new Set(exactDocs);
      for (const doc of exact) if (!matches.has(doc)) matches.set(doc, { count: 1, first: 0 });
      for (const out of excluded) for (const doc of out.keys()) matches.delete(doc);
      const unfiltered = matches;
      if (filter) matches = new Map([...matches].filter(([doc]) => filter.has(doc)));
      const sort = found.length === 0 && state.sort === 'relevance' ? 'date-desc' : state.sort;
      const order = rankMatches(matches, meta, sort, exact);
      const load = (from: number, to: number) =>
        Promise.all(
          order.slice(from, to).map(async (ordinal) => {
            const slug = meta.slugs[ordinal]!;
            return { url: `${documentsUrl}${slug}/`, exact: exact.has(ordinal), ...(await documentData(slug)) };
          }),
        );
      const counts = async (): Promise<FilterCounts> => {
        const out: FilterCounts = {};
        await Promise.all(
          keys.map(async (key) => {
            const [rows, others] = await Promise.all([column(key), allowed(state.filters, key)]);
            const tally = meta.filters[key]!.values.map(() => 0);
            for (const doc of unfiltered.keys()) if (!others || others.has(doc)) for (const i of rows[doc] ?? []) tally[i]!++;
            out[key] = Object.fromEntries(meta.filters[key]!.values.map((v, i) => [v, tally[i]!]));
          }),
        );
        return out;
      };
      return {
        count: order.length,
        query,
        words: query.include.map((t, i) => ({ label: t.label, count: found[i]!.size })),
        load,
        counts,
      };
    },
  };
}
