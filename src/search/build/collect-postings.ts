/**
 * Collects the postings of every bigram of a corpus in one pass: the inner loop of the index
 * build, run once per code point of the archive (about 33 million at 10,000 documents). So it
 * keeps its state in typed arrays: each distinct character gets a small id, a bigram's key
 * (id × 2^15 + id) is found in an open-addressing table, a document's positions are grouped
 * per bigram with two passes over the document instead of an array per bigram, and every
 * bigram's bytes live in a segment of one arena (a segment that fills up moves to the end,
 * twice as large) instead of a buffer object each: a million small objects cost the garbage
 * collector seconds.
 */
import { codePoints } from '../client/match-phrase.ts';

/**
 * Every bigram's postings, encoded as postings.ts describes (without the document count), by
 * bigram number: its two code points, its number of documents and its bytes.
 */
export interface CollectedPostings {
  count: number;
  first: Int32Array;
  second: Int32Array;
  documents: Int32Array;
  /** The byte length of each bigram's encoded postings. */
  byteLengths: Int32Array;
  /** The encoded postings of bigram `s`: a view into one shared buffer. */
  bytes: (s: number) => Uint8Array;
}

/** Bigram key → sink index; keys are non-negative 30-bit integers. */
class KeyTable {
  private bits = 16;
  private keys = new Int32Array(1 << 16).fill(-1);
  private values = new Int32Array(1 << 16);
  private size = 0;

  /** The slot of `key`: its value's index, or where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
    return h;
  }

  get(key: number): number {
    const h = this.slot(key);
    return this.keys[h] === key ? this.values[h]! : -1;
  }

  set(key: number, value: number): void {
    // Half full at most: probes stay short.
    if (++this.size * 2 > this.keys.length) this.grow();
    const h = this.slot(key);
    this.keys[h] = key;
    this.values[h] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits).fill(-1);
    this.values = new Int32Array(1 << this.bits);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const h = this.slot(keys[i]!);
      this.keys[h] = keys[i]!;
      this.values[h] = values[i]!;
    }
  }
}

/** An Int32Array that grows, keeping its contents. */
const grown = (array: Int32Array<ArrayBuffer>, min: number): Int32Array<ArrayBuffer> => {
  if (array.length >= min) return array;
  const next = new Int32Array(Math.max(min, array.length * 2));
  next.set(array);
  return next;
};

/** A Float64Array that grows, keeping its contents (arena offsets may pass 2^31). */
const grownWide = (array: Float64Array<ArrayBuffer>, min: number): Float64Array<ArrayBuffer> => {
  if (array.length >= min) return array;
  const next = new Float64Array(Math.max(min, array.length * 2));
  next.set(array);
  return next;
};

/** Which postings collectPostings keeps, and whether it keeps their bytes. */
export interface CollectOptions {
  /**
   * Whether the postings of the bigram (first, second) are kept (asked once per bigram): the
   * others count no documents and no bytes. Default: every bigram's.
   */
  keep?: (first: number, second: number) => boolean;
  /**
   * Only each kept bigram's number of documents and byte length, not its bytes: `bytes` is then
   * empty, and the memory is a few typed arrays of one entry per bigram.
   */
  sizesOnly?: boolean;
  /**
   * The result of a `sizesOnly` pass over the same texts and heads: each kept bigram then gets
   * a segment of exactly its size in an arena of exactly the kept bytes, instead of segments
   * that double and move (which leave the arena three to four times the postings).
   */
  sized?: CollectedPostings;
}

/** Bytes of a varint (below 2^31). */
const varintBytes = (v: number): number => (v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5);

/**
 * The postings of every bigram, documents in ordinal order, and each document's length in code
 * points. Besides, each of the first `heads[ordinal]` characters of a document (its title and
 * 发文字号) gets a posting as the pair (character, 0), so a one-character query can search them;
 * U+0000 never stands in a text.
 */
export function collectPostings(
  texts: Iterable<string>,
  heads: readonly number[] = [],
  options: CollectOptions = {},
): { postings: CollectedPostings; lengths: number[] } {
  const { keep, sizesOnly = false, sized } = options;
  const bmpIds = new Int32Array(0x10000).fill(-1);
  const otherIds = new Map<number, number>();
  let nextId = 0;
  const idOf = (cp: number): number => {
    if (cp < 0x10000) return bmpIds[cp]! >= 0 ? bmpIds[cp]! : (bmpIds[cp] = nextId++);
    let id = otherIds.get(cp);
    if (id === undefined) otherIds.set(cp, (id = nextId++));
    return id;
  };
  const table = new KeyTable();
  // Past 32,768 distinct characters a key no longer fits the table: a Map takes those.
  const wide = new Map<number, number>();
  let sinks = 0;
  // Per bigram: its code points, documents, the last document it was in, and its segment of
  // the arena (start, bytes used, capacity); for the document being read: its number of
  // positions and its last position.
  let first = new Int32Array(1024);
  let second = new Int32Array(1024);
  let documents = new Int32Array(1024);
  let last = new Int32Array(1024);
  let start = new Float64Array(1024);
  let used = new Int32Array(1024);
  let capacity = new Int32Array(1024);
  let count = new Int32Array(1024);
  let previous = new Int32Array(1024);
  let kept = new Int32Array(1024);
  let sinkAt = new Int32Array(1024);
  let touched = new Int32Array(1024);
  let arena = new Uint8Array(1 << 20);
  let top = 0;
  // Sinks are numbered in the order their bigrams first occur, so the same texts number them as
  // the sizes-only pass did: each kept one's segment is laid out before the first text is read.
  let planned = 0;
  if (sized) {
    first = grown(first, sized.count);
    second = grown(second, sized.count);
    documents = grown(documents, sized.count);
    last = grown(last, sized.count);
    start = grownWide(start, sized.count);
    used = grown(used, sized.count);
    capacity = grown(capacity, sized.count);
    count = grown(count, sized.count);
    previous = grown(previous, sized.count);
    kept = grown(kept, sized.count);
    for (let s = 0; s < sized.count; s++) {
      if (keep && !keep(sized.first[s]!, sized.second[s]!)) continue;
      kept[s] = 1;
      start[s] = top;
      capacity[s] = sized.byteLengths[s]!;
      top += sized.byteLengths[s]!;
    }
    arena = new Uint8Array(top);
    planned = sized.count;
  }
  const lengths: number[] = [];

  const sinkOf = (prevId: number, id: number, a: number, b: number): number => {
    const narrow = prevId < 0x8000 && id < 0x8000;
    const key = narrow ? prevId * 0x8000 + id : prevId * 0x200000 + id;
    let s = narrow ? table.get(key) : (wide.get(key) ?? -1);
    if (s >= 0) return s;
    s = sinks++;
    if (narrow) table.set(key, s);
    else wide.set(key, s);
    if (s >= first.length) {
      first = grown(first, s + 1);
      second = grown(second, s + 1);
      documents = grown(documents, s + 1);
      last = grown(last, s + 1);
      start = grownWide(start, s + 1);
      used = grown(used, s + 1);
      capacity = grown(capacity, s + 1);
      count = grown(count, s + 1);
      previous = grown(previous, s + 1);
      kept = grown(kept, s + 1);
    }
    first[s] = a;
    second[s] = b;
    if (s >= planned) kept[s] = !keep || keep(a, b) ? 1 : 0;
    else if (sized!.first[s] !== a || sized!.second[s] !== b)
      throw new Error('collectPostings: `sized` is not a sizes-only pass over the same texts');
    return s;
  };

  /** Room for `more` bytes in bigram s's segment; returns the segment's start. */
  const reserve = (s: number, more: number): number => {
    if (used[s]! + more <= capacity[s]!) return start[s]!;
    const size = Math.max(8, capacity[s]! * 2, used[s]! + more);
    if (top + size > arena.length) {
      const next = new Uint8Array(Math.max(top + size, Math.floor(arena.length * 1.5)));
      next.set(arena.subarray(0, top));
      arena = next;
    }
    arena.copyWithin(top, start[s]!, start[s]! + used[s]!);
    start[s] = top;
    capacity[s] = size;
    top += size;
    return top - size;
  };

  /** Appends a varint (below 2^31) to bigram s. */
  const put = (s: number, value: number): void => {
    if (sizesOnly) {
      used[s] = used[s]! + varintBytes(value);
      return;
    }
    let at = reserve(s, varintBytes(value)) + used[s]!;
    const from = at;
    let v = value;
    while (v >= 0x80) {
      arena[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    arena[at++] = v;
    used[s] = used[s]! + at - from;
  };

  let ordinal = -1;
  for (const text of texts) {
    ordinal++;
    const cps = codePoints(text);
    lengths.push(cps.length);
    const bigrams = Math.max(0, cps.length - 1);
    const head = Math.min(heads[ordinal] ?? 0, cps.length);
    // Slots 0 … bigrams − 1 are the bigrams at those positions, then one per head character.
    const slots = bigrams + head;
    if (slots < 1) continue;
    sinkAt = grown(sinkAt, slots);
    let touchedCount = 0;
    const note = (slot: number, s: number) => {
      sinkAt[slot] = s;
      if (count[s]!++ === 0) {
        touched = grown(touched, touchedCount + 1);
        touched[touchedCount++] = s;
      }
    };
    let prevId = idOf(cps[0]!);
    for (let i = 0; i < bigrams; i++) {
      const id = idOf(cps[i + 1]!);
      note(i, sinkOf(prevId, id, cps[i]!, cps[i + 1]!));
      prevId = id;
    }
    const none = idOf(0);
    for (let i = 0; i < head; i++) note(bigrams + i, sinkOf(idOf(cps[i]!), none, cps[i]!, 0));
    // Each bigram of the document: its document delta and number of positions, then the
    // position deltas in order.
    for (let t = 0; t < touchedCount; t++) {
      const s = touched[t]!;
      if (kept[s]) {
        put(s, ordinal - last[s]!);
        put(s, count[s]!);
        documents[s]!++;
        last[s] = ordinal;
      }
      count[s] = 0;
      previous[s] = 0;
    }
    for (let i = 0; i < slots; i++) {
      const s = sinkAt[i]!;
      if (!kept[s]) continue;
      const pos = i < bigrams ? i : i - bigrams;
      put(s, pos - previous[s]!);
      previous[s] = pos;
    }
  }
  const final = arena;
  return {
    postings: {
      count: sinks,
      first,
      second,
      documents,
      byteLengths: used,
      bytes: (s) => final.subarray(start[s], start[s]! + used[s]!),
    },
    lengths,
  };
}
