/**
 * The search page's behaviour: results as you type, the search kept in the URL, filters counted
 * for the current search, browsing by filters alone, "show more" so every match stays
 * reachable, help when nothing is found, and the list's length and scroll position kept for the
 * back button. Without this script the page's form still submits to the same URL and the page
 * links the browse pages.
 */
import { openSearchIndex, type FoundDocuments, type SearchIndex } from './search-index-client.ts';
import { renderDocument, renderFilters, renderHelp, type NoResultsHelp } from './render-results.ts';
import { paramsFromState, stateFromParams, type SearchState } from './search-state.ts';

/** Documents shown per step: the first step is what a query downloads before it shows results. */
const PAGE = 10;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const header = document.getElementById('site-search-q') as HTMLInputElement | null;
const sort = document.getElementById('search-sort') as HTMLSelectElement;
const panel = document.getElementById('search-panel') as HTMLDetailsElement;
const filterBox = document.getElementById('search-filters') as HTMLElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const helpBox = document.getElementById('search-help') as HTMLElement;
let index: Promise<SearchIndex> | null = null;
const openIndex = () => (index ??= openSearchIndex(form.dataset['index']!, form.dataset['documents']!, form.dataset['records']!));

let generation = 0;
let current: { found: FoundDocuments; state: SearchState; shown: number } | null = null;

function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string') params.append(k, v);
  return stateFromParams(params);
}

const searchHref = (state: SearchState) => `${form.getAttribute('action')!}?${paramsFromState(state).toString()}`;

function setStatus(text: string, q: string, state: 'busy' | 'done'): void {
  status.textContent = text;
  status.dataset['query'] = q;
  status.dataset['state'] = state;
}

function statusText(found: FoundDocuments, shown: number): string {
  const count = found.count;
  if (count === 0) return found.words.length ? '没有找到符合条件的文件' : '没有符合筛选条件的文件';
  return shown < count ? `找到 ${count} 件文件，已显示前 ${shown} 件` : `找到 ${count} 件文件`;
}

/** Keeps how many results are shown and where the page is scrolled, for the back button. */
function remember(): void {
  history.replaceState({ shown: current?.shown ?? 0, scroll: scrollY }, '');
}

async function showMore(upTo = PAGE): Promise<void> {
  if (!current) return;
  const mine = current;
  const loaded = await mine.found.load(mine.shown, mine.shown + upTo);
  if (current !== mine) return;
  const forms = mine.found.query.include.flatMap((t) => t.forms);
  list.append(...loaded.map((d) => renderDocument(d, mine.state.q, forms)));
  mine.shown += loaded.length;
  more.hidden = mine.shown >= mine.found.count;
  setStatus(statusText(mine.found, mine.shown), mine.state.q, 'done');
  remember();
}

/** Simplified characters for a query typed in traditional ones; opencc-js's tables load only when asked. */
async function simplified(q: string): Promise<string> {
  if (!/[\u3400-\u9fff]/u.test(q)) return q;
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 't', to: 'cn' })(q);
}

async function help(found: FoundDocuments, state: SearchState): Promise<NoResultsHelp> {
  const missing = found.words.filter((w) => w.count === 0).map((w) => w.label);
  const kept = found.words.filter((w) => w.count > 0).map((w) => w.label);
  const filtered = Object.keys(state.filters).length > 0;
  // Without the words that found nothing; when each found something, without the last.
  const rest = missing.length ? kept : found.words.length > 1 ? kept.slice(0, -1) : [];
  const withoutQ = [...rest, ...found.query.exclude.map((t) => `-${t.label}`)].join(' ');
  const simple = await simplified(state.q);
  const browse = form.dataset['browse']!;
  return {
    missing,
    apart: missing.length === 0 && found.words.length > 1 && !filtered,
    without: rest.length ? { query: withoutQ, href: searchHref({ ...state, q: withoutQ }) } : null,
    unfiltered: filtered && state.q ? searchHref({ ...state, filters: {} }) : null,
    simplified: simple !== state.q ? { query: simple, href: searchHref({ ...state, q: simple }) } : null,
    browse: [
      { label: '按文种浏览', href: `${browse}#by-type` },
      { label: '按地区浏览', href: `${browse}#by-region` },
      { label: '按年份浏览', href: `${browse}#by-year` },
      { label: '全部文件清单（开放数据）', href: form.dataset['data']! },
    ],
  };
}

/** Puts new filter groups in place, keeping the keyboard focus on the same checkbox and open groups open. */
function showFilters(groups: HTMLElement[]): void {
  const focused = document.activeElement;
  const key = focused instanceof HTMLInputElement && filterBox.contains(focused) ? [focused.name, focused.value] : null;
  const open = new Set(
    [...filterBox.querySelectorAll('details[open]')].map((d) => d.closest('fieldset')?.querySelector('legend')?.textContent),
  );
  filterBox.replaceChildren(...groups);
  for (const d of filterBox.querySelectorAll('details'))
    if (open.has(d.closest('fieldset')?.querySelector('legend')?.textContent)) d.open = true;
  if (key) [...filterBox.querySelectorAll('input')].find((i) => i.name === key[0] && i.value === key[1])?.focus();
}

async function run(state: SearchState, restore?: { shown: number; scroll: number }): Promise<void> {
  const mine = ++generation;
  const url = new URL(location.href);
  url.search = paramsFromState(state).toString();
  history.replaceState({ shown: 0, scroll: 0 }, '', url);
  if (header) header.value = state.q;
  if (state.q || Object.keys(state.filters).length) setStatus('正在搜索…', state.q, 'busy');
  const searchIndex = await openIndex();
  const found = await searchIndex.search(state);
  if (mine !== generation) return;
  helpBox.replaceChildren();
  if (!found) {
    current = null;
    list.replaceChildren();
    more.hidden = true;
    setStatus('', '', 'done');
    showFilters(renderFilters(searchIndex.filters(), state.filters));
    return;
  }
  current = { found, state, shown: 0 };
  list.replaceChildren();
  await showMore(Math.max(PAGE, restore?.shown ?? 0));
  if (current.found !== found) return;
  if (restore) scrollTo(0, restore.scroll);
  if (found.count === 0) helpBox.replaceChildren(...renderHelp(await help(found, state)));
  const counts = await found.counts();
  if (mine === generation) showFilters(renderFilters(counts, state.filters));
}

async function start(): Promise<void> {
  const state = stateFromParams(new URLSearchParams(location.search));
  if (state.q) input.value = state.q;
  sort.value = state.sort;
  // Filters beside the results on a wide screen, folded under 筛选 on a phone.
  panel.open = matchMedia('(min-width: 60rem)').matches;
  // The URL's filters become checked boxes before the form is read.
  showFilters(renderFilters((await openIndex()).filters(), state.filters));
  const saved = history.state as { shown?: number; scroll?: number } | null;
  // The reader may have typed while the index loaded: run what the form says now.
  await run(readForm(), saved?.shown ? { shown: saved.shown, scroll: saved.scroll ?? 0 } : undefined);
}

history.scrollRestoration = 'manual';
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
addEventListener('pagehide', remember);
list.addEventListener('click', remember);
document.documentElement.classList.add('search-ready');
void start();
