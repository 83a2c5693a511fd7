/**
 * How a query meets a text: both compacted the way the search compacts them, then every
 * occurrence. Used by the search page and by the hit marker that the header search box loads
 * on every page; kept in a module of its own because a module shared by two page scripts is
 * bundled into one file with everything either script uses from it, and the marker should not
 * bring the search page's token code to every page.
 */

/** The text as searched: whitespace removed (a query ignores line breaks and spacing). */
export function compactText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}

/** Every start position of `needle` in `text`, overlapping ones included. */
export function positionsOf(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}
