/**
 * Packs: how the search index keeps its many small files (a bucket of postings, a document's
 * result data) in a few large ones, shared by the index builder (Node) and the search page
 * (browser); pure functions only.
 *
 * A pack is the concatenation of gzip members, one per bucket or document, each a complete gzip
 * stream of its own. The search page reads one member with an HTTP `Range` request for its bytes,
 * so a query downloads what it downloaded when every member was a file; a host that ignores
 * `Range` answers with the whole pack, which the page then cuts itself (correct, only heavier).
 *
 *   search-index/buckets-<k>.bin     buckets k·P … k·P + P − 1 (P = meta.packs.buckets), in order
 *   search-index/documents-<k>.bin   the documents whose slug hashes to k (packOfSlug), by ordinal
 *
 * Where a member stands follows from meta.bin: the compressed length of every bucket
 * (`bucketSizes`, by bucket number) and of every document (`documentSizes`, by ordinal); a
 * member starts where the one before it in its pack ends.
 *
 * A document's pack depends on its slug alone, so adding, editing or removing a document
 * changes one documents pack; buckets are packed in fixed runs of bucket numbers.
 */

/** Buckets of ~8 KB raw per pack: ~3.4 MB compressed, whatever the corpus. */
export const BUCKETS_PER_PACK = 512;
/** Documents per pack, on average: ~2.5 MB of ~4.5 KB compressed members. */
export const DOCUMENTS_PER_PACK = 512;

/** How the index is packed (SearchMeta.packs). */
export interface PackLayout {
  /** Buckets per buckets pack (a power of two, at most the number of buckets). */
  buckets: number;
  /** The number of documents packs (a power of two). */
  documents: number;
}

export const bucketPackPath = (k: number): string => `buckets-${k}.bin`;
export const documentPackPath = (k: number): string => `documents-${k}.bin`;

/** The layout for `buckets` buckets (a power of two) and `documents` documents. */
export function packLayout(buckets: number, documents: number): PackLayout {
  let packs = 1;
  while (documents / packs > DOCUMENTS_PER_PACK) packs *= 2;
  return { buckets: Math.min(buckets, BUCKETS_PER_PACK), documents: packs };
}

/** Which documents pack holds a document: FNV-1a of its slug's UTF-16 units. */
export function packOfSlug(slug: string, packs: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) h = Math.imul(h ^ slug.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (packs - 1);
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

/** Every document's place, by ordinal. */
export function documentPlaces(slugs: readonly string[], sizes: readonly number[], layout: PackLayout): MemberPlace[] {
  const ends = new Array<number>(layout.documents).fill(0);
  return slugs.map((slug, ordinal) => {
    const k = packOfSlug(slug, layout.documents);
    const length = sizes[ordinal]!;
    const place = { pack: documentPackPath(k), offset: ends[k]!, length };
    ends[k]! += length;
    return place;
  });
}
