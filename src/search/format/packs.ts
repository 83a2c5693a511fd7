/**
 * Packs: how the search index keeps its many small buckets of postings in a few large files,
 * shared by the index builder (Node) and the search page (browser); pure functions only.
 *
 * A pack is the concatenation of gzip members, one per bucket, each a complete gzip stream of
 * its own. The search page reads one member with an HTTP `Range` request for its bytes, so a
 * query downloads what it downloaded when every bucket was a file; a host that ignores `Range`
 * answers with the whole pack, which the page then cuts itself (correct, only heavier).
 *
 *   search-index/buckets-<k>.bin     buckets k·P … k·P + P − 1 (P = meta.packs.buckets), in order
 *
 * Where a member stands follows from meta.bin: the compressed length of every bucket
 * (`bucketSizes`, by bucket number); a member starts where the one before it in its pack ends.
 * Buckets are packed in fixed runs of bucket numbers.
 */

/** Buckets of ~8 KB raw per pack: ~3.4 MB compressed, whatever the corpus. */
export const BUCKETS_PER_PACK = 512;

/** How the index is packed (SearchMeta.packs). */
export interface PackLayout {
  /** Buckets per buckets pack (a power of two, at most the number of buckets). */
  buckets: number;
}

export const bucketPackPath = (k: number): string => `buckets-${k}.bin`;

/** The layout for `buckets` buckets (a power of two). */
export function packLayout(buckets: number): PackLayout {
  return { buckets: Math.min(buckets, BUCKETS_PER_PACK) };
}

/** One member's place: its pack's path (relative to search-index/), first byte and length. */
export interface MemberPlace {
  pack: string;
  offset: number;
  length: number;
}

/** Every bucket's place, by bucket number. */
export function bucketPlaces(sizes: readonly number[], layout: PackLayout): MemberPlace[] {
  let offset = 0;
  return sizes.map((length, n) => {
    if (n % layout.buckets === 0) offset = 0;
    const place = { pack: bucketPackPath(Math.floor(n / layout.buckets)), offset, length };
    offset += length;
    return place;
  });
}
