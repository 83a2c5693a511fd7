/**
 * A copy of a string that shares no memory with the string it was cut from. V8 makes a
 * substring of 13 characters or more (slice, split, a regular expression's match) a view into
 * its parent, which then stays in memory as long as the substring does: a section heading kept
 * from a record's body kept the whole body in Astro's data store (about 450 MB at 30,000
 * documents), and a link kept from a page's HTML kept the whole page until the sitemap was
 * written (all the HTML of the site). What outlives its source is detached.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}
