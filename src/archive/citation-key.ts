/**
 * The stable anchor key of a cited title or document number in the citation index
 * (`citations/#c-<key>`): a 32-bit FNV-1a hash of kind and text in base 36, so the same
 * citation keeps its anchor whatever else the archive holds.
 */
export function citationKey(kind: string, text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(`${kind}:${text}`)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
