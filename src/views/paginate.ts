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

/** Pages a pager links on either side of the current one. */
export const PAGER_REACH = 2;

/**
 * The page numbers a pager shows on page `current` of `total`: the first and the last, and
 * those within PAGER_REACH of the current one, with null where pages are left out (shown as
 * …; a single page is shown rather than left out). At most 2 × PAGER_REACH + 5 entries however
 * long the listing: a listing page must not grow with the archive (listing every number, page
 * 631 of a document type at 100,000 documents was 86 KB).
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, ...Array.from({ length: 2 * PAGER_REACH + 1 }, (_, i) => current - PAGER_REACH + i), total])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of shown) {
    const last = out.at(-1);
    if (typeof last === 'number' && n - last === 2) out.push(n - 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}
