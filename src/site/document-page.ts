/**
 * The document page's controls, added to a page that reads fully without them:
 * - a permalink (a heading's text, or the # after a paragraph) still goes to its anchor (so
 *   :target highlights it), copies the absolute URL and puts the page's one 复制引用 button (the
 *   GB/T 7714 citation of that part) after its block: one tab stop per block, and the button only
 *   beside the block asked for;
 * - the 引用本文 block gets a scope menu that follows the fragment, the access date, BibTeX and
 *   copy buttons.
 * (A long document's reading bar has its own script: ReadingBar.astro.) The citation comes from
 * the embedded PageCiteData and the page itself (citeInfoFromPage).
 */
import {
  citeInfoFromPage,
  citeText,
  isoDay,
  pageAnchorName,
  pageSectionNames,
  type PageCiteData,
} from '../views/cite-formats.ts';

const byId = (id: string) => document.getElementById(id)!;
const url = document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href;
const data = JSON.parse(byId('cite-data').textContent) as PageCiteData;
const info = citeInfoFromPage(data, url, document.querySelector('h1')!.textContent);
const cite = (id: string | null) => citeText(info, id, pageAnchorName(data, id), today);
const today = isoDay(new Date());
const plain = byId('cite-plain');
// The scope menu before the citation and BibTeX behind a disclosure after it: markup the page
// does not carry, since it works only with this script.
plain.insertAdjacentHTML(
  'beforebegin',
  '<p><label for="cite-scope">引用范围</label> <select id="cite-scope"><option value="">全文</option></select></p>',
);
plain.insertAdjacentHTML('afterend', '<details class="cite-bib"><summary>BibTeX</summary><pre id="cite-bibtex"></pre></details>');
const bibtex = byId('cite-bibtex');
const scope = byId('cite-scope') as HTMLSelectElement;
const status = byId('pl-status');
let timer: ReturnType<typeof setTimeout> | undefined;

/** Copies `text` and says so for a while: 已复制链接 for `what` 链接. */
function copy(text: string, what: string): void {
  navigator.clipboard.writeText(text).then(
    () => (status.textContent = `已复制${what}`),
    () => (status.textContent = `无法复制，请手动复制：${text}`),
  );
  clearTimeout(timer);
  timer = setTimeout(() => (status.textContent = ''), 4000);
}

/** A button 复制`what` that copies what `text` gives (outside any form, so it submits nothing). */
const button = (what: string, text: () => string) =>
  Object.assign(document.createElement('button'), { textContent: `复制${what}`, onclick: () => copy(text(), what) });

// One menu for the whole page, moved after the block whose permalink was used (which copied its link).
const menu = document.createElement('div');
menu.className = 'pl-menu';
let menuFor = '';
menu.append(button('引用', () => cite(menuFor).plain));

for (const a of document.querySelectorAll<HTMLAnchorElement>('.doc-body [id] > a[href^="#"]')) {
  const id = a.hash.slice(1);
  const block = a.parentElement!;
  // A paragraph's permalink is a bare # in the HTML, to keep the page light; a heading's is its text.
  if (block.localName === 'p') a.setAttribute('aria-label', '本段链接');
  a.onclick = () => {
    copy(`${url}#${id}`, '链接');
    menuFor = id;
    block.after(menu);
  };
}

const names = pageSectionNames(data);
for (const id of Object.keys(data.sections)) scope.add(new Option(names[id]![1], id));
plain.after(button('引文', () => plain.textContent));
bibtex.after(button(' BibTeX', () => bibtex.textContent));

/** Cites the section `id` when the scope menu offers it, else the whole document (全文, value ''). */
function show(id: string): void {
  scope.value = id;
  // A value no option has selects none: back to 全文.
  scope.value ||= '';
  const c = cite(scope.value);
  plain.textContent = c.plain;
  bibtex.textContent = c.bibtex;
}
scope.onchange = () => show(scope.value);
/** A fragment as an id: percent-decoded, or as it is when it is not valid percent-encoding (#%E0%A4%A). */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
// A heading's self-link changes the fragment: the citation follows the section in view.
const follow = () => show(fragmentId(location.hash.slice(1)));
addEventListener('hashchange', follow);
follow();

// A printout's footer names where it came from and when it was printed (the server knows neither
// day). @page rules apply to printing only, so the style needs no media.
const foot = document.createElement('style');
foot.textContent = `@page{@bottom-left{content:${JSON.stringify(`来源：${url}\u3000打印日期：${today}`)}}}`;
document.head.append(foot);
