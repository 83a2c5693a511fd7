/**
 * What a search is, as it lives in the page URL so it can be shared and reopened:
 * `?q=医药&sort=date-desc&region=四川省&type=答复`. Every other parameter is a filter key,
 * repeated for several values (any of them matches).
 */

import type { SortOrder } from './rank-matches.ts';

export const sorts: readonly SortOrder[] = ['relevance', 'date-desc', 'date-asc'];

export interface SearchState {
  q: string;
  sort: SortOrder;
  /** Filter key → chosen values, keys and values sorted. */
  filters: Record<string, string[]>;
}

/** The search a URL's query string describes. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const sortParam = params.get('sort') ?? '';
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (key === 'q' || key === 'sort' || !value) continue;
    (filters[key] ??= []).push(value);
  }
  for (const v of Object.values(filters)) v.sort();
  return {
    q: params.get('q') ?? '',
    sort: (sorts as readonly string[]).includes(sortParam) ? (sortParam as SortOrder) : 'relevance',
    filters,
  };
}

/** The query string of a search: q first (unless empty), then sort when not by relevance, then filters by key. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams(state.q ? { q: state.q } : {});
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const key of Object.keys(state.filters).sort()) for (const v of state.filters[key]!) params.append(key, v);
  return params;
}
