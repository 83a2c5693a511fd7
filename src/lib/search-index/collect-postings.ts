/**
 * Collects the postings of every bigram of a corpus in one pass: the inner loop of the index
 * build, run once per code point of the archive (about 33 million at 10,000 documents). So it
 * keeps its state in typed arrays: each distinct character gets a small id, a bigram's key
 * (id × 2^15 + id) is found in an open-addressing table, and a document's positions are
 * grouped per bigram with two passes over the document instead of an array per bigram.
 */
import { ByteWriter } from './postings.ts';
import { codePoints } from './match-phrase.ts';

/** One bigram's postings, encoded as postings.ts describes, without the document count. */
export interface Sink {
  first: number;
  second: number;
  writer: ByteWriter;
  documents: number;
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

/** The postings of every bigram, documents in ordinal order, and each document's length in code points. */
export function collectPostings(texts: readonly string[]): { sinks: Sink[]; lengths: number[] } {
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
  const sinks: Sink[] = [];
  // Per sink: the last document it was in; per sink, for the document being read: its number
  // of positions and its last position.
  let last = new Int32Array(1024);
  let count = new Int32Array(1024);
  let previous = new Int32Array(1024);
  let sinkAt = new Int32Array(1024);
  let touched = new Int32Array(1024);
  const lengths: number[] = [];

  const sinkOf = (prevId: number, id: number, first: number, second: number): number => {
    const narrow = prevId < 0x8000 && id < 0x8000;
    const key = narrow ? prevId * 0x8000 + id : prevId * 0x200000 + id;
    let s = narrow ? table.get(key) : (wide.get(key) ?? -1);
    if (s >= 0) return s;
    s = sinks.length;
    sinks.push({ first, second, writer: new ByteWriter(), documents: 0 });
    if (narrow) table.set(key, s);
    else wide.set(key, s);
    if (s >= last.length) {
      last = grown(last, s + 1);
      count = grown(count, s + 1);
      previous = grown(previous, s + 1);
    }
    return s;
  };

  texts.forEach((text, ordinal) => {
    const cps = codePoints(text);
    lengths.push(cps.length);
    const bigrams = cps.length - 1;
    if (bigrams < 1) return;
    sinkAt = grown(sinkAt, bigrams);
    let touchedCount = 0;
    let prevId = idOf(cps[0]!);
    for (let i = 0; i < bigrams; i++) {
      const id = idOf(cps[i + 1]!);
      const s = sinkOf(prevId, id, cps[i]!, cps[i + 1]!);
      prevId = id;
      sinkAt[i] = s;
      if (count[s]!++ === 0) {
        touched = grown(touched, touchedCount + 1);
        touched[touchedCount++] = s;
      }
    }
    // Each bigram of the document: its document delta and number of positions, then the
    // position deltas in order.
    for (let t = 0; t < touchedCount; t++) {
      const s = touched[t]!;
      const sink = sinks[s]!;
      sink.writer.varint(ordinal - last[s]!);
      sink.writer.varint(count[s]!);
      sink.documents++;
      last[s] = ordinal;
      count[s] = 0;
      previous[s] = 0;
    }
    for (let i = 0; i < bigrams; i++) {
      const s = sinkAt[i]!;
      sinks[s]!.writer.varint(i - previous[s]!);
      previous[s] = i;
    }
  });
  return { sinks, lengths };
}
