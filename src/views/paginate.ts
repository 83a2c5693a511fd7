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
