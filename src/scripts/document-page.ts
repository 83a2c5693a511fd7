/**
 * The document page's copy controls, added to a page that reads fully without them:
 * - a click on a section's or paragraph's permalink (the heading, or the ¶ after the
 *   paragraph) still goes to its anchor (so :target highlights it) and also copies the
 *   absolute URL;
 * - a 引 button after each permalink copies the one-line citation (citeLine), then the URL;
 * - the 引用本文 block gets a scope menu that follows the fragment, BibTeX, and copy buttons.
 * The citation comes from the embedded PageCiteData and what the page prints (citeInfoFromPage).
 */
import { citeFormats, citeInfoFromPage, citeLine, type PageCiteData } from '../lib/cite-formats.ts';

const byId = (id: string) => document.getElementById(id)!;
const url = document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href;
const plain = byId('cite-plain');
const info = citeInfoFromPage(
  JSON.parse(byId('cite-data').textContent) as PageCiteData,
  url,
  document.querySelector('h1')!.textContent,
  plain.textContent,
);
const status = byId('pl-status');
let timer = 0;

function copy(text: string, done: string): void {
  navigator.clipboard.writeText(text).then(
    () => (status.textContent = done),
    () => (status.textContent = `无法复制，请手动复制：${text}`),
  );
  clearTimeout(timer);
  timer = window.setTimeout(() => (status.textContent = ''), 4000);
}

/** A button after `el` that copies what `text` gives. */
function copyButton(el: Element, label: string, text: () => string, done: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.onclick = () => copy(text(), done);
  el.after(b);
  return b;
}

for (const a of document.querySelectorAll<HTMLAnchorElement>('.doc-body [id] > a[href^="#"]')) {
  const id = a.hash.slice(1);
  // A paragraph's permalink is a bare ¶ in the HTML, to keep the page light; a heading's is its text.
  if (a.parentElement!.localName === 'p') a.setAttribute('aria-label', '本段链接');
  a.onclick = () => copy(`${url}#${id}`, '已复制链接');
  const cite = copyButton(a, '引', () => citeLine(info, id), '已复制引用');
  cite.className = 'cite';
  cite.setAttribute('aria-label', '复制引用');
}

plain.insertAdjacentHTML(
  'beforebegin',
  '<p><label for="cite-scope">引用范围</label> <select id="cite-scope"><option value="">全文</option></select></p>',
);
plain.insertAdjacentHTML('afterend', '<h3>BibTeX</h3><pre class="cite-text" id="cite-bibtex"></pre>');
const scope = byId('cite-scope') as HTMLSelectElement;
const bibtex = byId('cite-bibtex');
for (const [id, name] of Object.entries(info.sections)) scope.add(new Option(name, id));
copyButton(plain, '复制中文引文', () => plain.textContent, '已复制中文引文');
copyButton(bibtex, '复制 BibTeX', () => bibtex.textContent, '已复制 BibTeX');

function show(id: string): void {
  const known = Object.hasOwn(info.sections, id);
  const c = citeFormats(info, known ? id : null);
  scope.value = known ? id : '';
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
