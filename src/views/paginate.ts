/** Entries per listing page; page 2 onward live at `…/2/`, `…/3/`. */
export const PAGE_SIZE = 50;

/** Splits a listing into pages of `size`; an empty listing still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** The `[...page]` route parameter of page `n` (1-based): none for the first page. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : String(n));

/** Path of page `n` of a listing whose first page is `prefix` (ends with /): `browse/year/2022/2/`. */
export const pagePath = (prefix: string, n: number): string => (n === 1 ? prefix : `${prefix}${n}/`);

/** Pages either side of the current one that a pager links by number. */
export const PAGER_SPAN = 2;

/**
 * The page numbers a pager shows, `null` standing for a run of pages left out (…): the first
 * and last page and the PAGER_SPAN pages either side of the current one. A gap of one page is
 * shown as that page rather than as …. At most 2 × PAGER_SPAN + 5 entries, however long the
 * listing, so no page of a listing grows with the archive.
 */
export function pagerNumbers(current: number, total: number, span = PAGER_SPAN): (number | null)[] {
  const shown = new Set<number>([1, total]);
  for (let n = current - span; n <= current + span; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last === 2) out.push(n - 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}
