/**
 * The byte format of the search index's buckets, shared by the index builder (Node) and the
 * search page (browser); pure functions over Uint8Array only.
 *
 * A bucket holds the postings of every bigram (pair of adjacent characters of a document's
 * compacted text) whose hash falls in it:
 *
 *   bucket   = varint entries, then per entry (sorted by first, then second code point):
 *              varint first, varint second, varint byteLength, postings
 *   postings = varint documents, then per document (ascending):
 *              varint documentDelta, varint positions, varint positionDelta…
 *
 * Positions count code points of the compacted text (title, 发文字号, body, whitespace removed).
 */

/** Appends unsigned LEB128 varints to a growing buffer. */
export class ByteWriter {
  bytes = new Uint8Array(64);
  length = 0;

  varint(n: number): void {
    if (this.length + 10 > this.bytes.length) this.grow(this.length + 10);
    if (n < 0x80000000) {
      while (n >= 0x80) {
        this.bytes[this.length++] = (n & 0x7f) | 0x80;
        n >>>= 7;
      }
      this.bytes[this.length++] = n;
      return;
    }
    while (n >= 0x80) {
      this.bytes[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.bytes[this.length++] = n;
  }

  append(data: Uint8Array): void {
    if (this.length + data.length > this.bytes.length) this.grow(this.length + data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private grow(min: number): void {
    const next = new Uint8Array(Math.max(min, this.bytes.length * 2));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

/** Reads unsigned LEB128 varints from a buffer. */
export class ByteReader {
  offset = 0;
  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.offset++];
      if (b === undefined) throw new Error('search index: truncated varint');
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }
}

/** The key of a bigram: both code points in one number (exact below 2^53). */
export const bigramKey = (first: number, second: number): number => first * 0x110000 + second;

/** Which of `buckets` (a power of two) holds a bigram: FNV-1a over both code points. */
export function bucketOf(first: number, second: number, buckets: number): number {
  let h = 0x811c9dc5;
  for (const cp of [first, second]) {
    for (let shift = 0; shift < 24; shift += 8) {
      h ^= (cp >>> shift) & 0xff;
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0) & (buckets - 1);
}

/** One bigram's postings: document ordinal → ascending positions. */
export type Postings = Map<number, Int32Array>;

/** The entries of a bucket by bigram key, each still encoded (decode with decodePostings). */
export function readBucket(bytes: Uint8Array): Map<number, Uint8Array> {
  const r = new ByteReader(bytes);
  const entries = new Map<number, Uint8Array>();
  for (let n = r.varint(); n > 0; n--) {
    const key = bigramKey(r.varint(), r.varint());
    const length = r.varint();
    entries.set(key, bytes.subarray(r.offset, r.offset + length));
    r.offset += length;
  }
  return entries;
}

/** Decodes one bigram's postings. */
export function decodePostings(bytes: Uint8Array): Postings {
  const r = new ByteReader(bytes);
  const out: Postings = new Map();
  let doc = 0;
  for (let n = r.varint(); n > 0; n--) {
    doc += r.varint();
    const positions = new Int32Array(r.varint());
    let pos = 0;
    for (let i = 0; i < positions.length; i++) positions[i] = pos += r.varint();
    out.set(doc, positions);
  }
  return out;
}
