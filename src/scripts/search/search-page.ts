/**
 * The search page's behaviour: results as you type, the search kept in the URL, filters and
 * sort order, and "show more" so every match stays reachable. Without this script the page's
 * form still submits to the same URL and the page says that search needs JavaScript.
 */
import { openSearchIndex, type FoundDocuments, type SearchIndex } from './search-index-client.ts';
import { renderDocument, renderFilters } from './render-results.ts';
import { paramsFromState, stateFromParams, type SearchState } from './search-state.ts';

/** Documents shown per step: the first step is what a query downloads before it shows results. */
const PAGE = 10;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const sort = document.getElementById('search-sort') as HTMLSelectElement;
const filterBox = document.getElementById('search-filters') as HTMLElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
let index: Promise<SearchIndex> | null = null;
const openIndex = () => (index ??= openSearchIndex(form.dataset['index']!, form.dataset['documents']!));

let generation = 0;
let current: { found: FoundDocuments; q: string; shown: number } | null = null;

function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string') params.append(k, v);
  return stateFromParams(params);
}

function setStatus(text: string, q: string, state: 'busy' | 'done'): void {
  status.textContent = text;
  status.dataset['query'] = q;
  status.dataset['state'] = state;
}

function statusText(found: FoundDocuments, shown: number): string {
  const count = found.count;
  if (found.tooShort) return '请输入至少两个字符';
  if (count === 0) return '没有找到包含该词的文件';
  return shown < count ? `找到 ${count} 件文件，已显示前 ${shown} 件` : `找到 ${count} 件文件`;
}

async function showMore(): Promise<void> {
  if (!current) return;
  const mine = current;
  const loaded = await mine.found.load(mine.shown, mine.shown + PAGE);
  if (current !== mine) return;
  list.append(...loaded.map((d) => renderDocument(d, mine.q)));
  mine.shown += loaded.length;
  more.hidden = mine.shown >= mine.found.count;
  setStatus(statusText(mine.found, mine.shown), mine.q, 'done');
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  const url = new URL(location.href);
  url.search = state.q ? paramsFromState(state).toString() : '';
  history.replaceState(null, '', url);
  if (!state.q.trim()) {
    current = null;
    list.replaceChildren();
    more.hidden = true;
    setStatus('', '', 'done');
    return;
  }
  setStatus('正在搜索…', state.q, 'busy');
  const found = await (await openIndex()).search(state);
  if (mine !== generation || !found) return;
  current = { found, q: state.q, shown: 0 };
  list.replaceChildren();
  await showMore();
}

async function start(): Promise<void> {
  const state = stateFromParams(new URLSearchParams(location.search));
  if (state.q) input.value = state.q;
  sort.value = state.sort;
  filterBox.replaceChildren(...renderFilters((await openIndex()).filters(), state.filters));
  // The reader may have typed while Pagefind loaded: run what the form says now.
  await run(readForm());
}

// While an input method composes (pinyin letters before the characters), wait for the text.
input.addEventListener('input', (e) => {
  if (!(e as InputEvent).isComposing) void run(readForm());
});
input.addEventListener('compositionend', () => void run(readForm()));
form.addEventListener('change', (e) => {
  if (e.target !== input) void run(readForm());
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(readForm());
});
more.addEventListener('click', () => void showMore());
document.documentElement.classList.add('search-ready');
void start();
