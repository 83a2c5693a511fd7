/**
 * A page opened from a search result (`?hl=…`): marks the query's words in the main text and
 * takes the reader to the first hit in the document's text, unless the link named a section.
 * Loaded by the header box (SearchBox.astro) only on such a page, as one file of its own.
 */
import { markHits } from './mark-hits.ts';

const hl = new URLSearchParams(location.search).get('hl');
const main = document.getElementById('main');
if (hl && main) {
  const marks = markHits(main, hl);
  if (!location.hash) (marks.find((m) => m.closest('.doc-body')) ?? marks[0])?.scrollIntoView({ block: 'center' });
}
