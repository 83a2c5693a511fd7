interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  /** The value of the key that ends here, if one does. */
  value: T | undefined;
}

/**
 * A set of keys (names, keywords) looked up at every position of a text in one pass: from
 * each position the trie is walked only as far as the text follows some key, so the text is
 * read once for all keys instead of once per key. A table of the code units that keys start
 * with skips most positions at the cost of one array read.
 */
export class StringTrie<T> {
  /** After matchesAt returned n: the values of the keys found in [0, n), shortest key first. */
  readonly values: T[] = [];
  /** After matchesAt returned n: their lengths in [0, n), in the same order. */
  readonly lengths: number[] = [];
  // Bit sets (8 KB each, small enough to stay in the processor's cache): the code units keys
  // start with, and their first two code units hashed (meaningful while every key has two).
  private readonly starts = new Uint32Array(0x800);
  private readonly pairs = new Uint32Array(0x800);
  private shortKeys = false;
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };

  /** Adds a key; a key added twice keeps its first value. */
  add(key: string, value: T): void {
    if (key === '') return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: undefined, value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.value ??= value;
    set(this.starts, key.charCodeAt(0));
    if (key.length < 2) this.shortKeys = true;
    else set(this.pairs, pairHash(key, 0));
  }

  /**
   * The first position from `from` on where a key may start (its first two code units pass
   * the tables), or -1: one tight loop over the positions no key starts at.
   */
  nextStart(text: string, from: number): number {
    const last = this.shortKeys ? text.length - 1 : text.length - 2;
    for (let i = from; i <= last; i++) {
      if (has(this.starts, text.charCodeAt(i)) && (this.shortKeys || has(this.pairs, pairHash(text, i)))) return i;
    }
    return -1;
  }

  /**
   * Finds every key that starts at `at` in `text` and returns how many there are, n; their
   * values and lengths are the first n entries of `values` and `lengths` until the next call
   * (the buffers are reused, not cleared: this runs at every position of every text).
   */
  matchesAt(text: string, at: number): number {
    if (at >= text.length || !has(this.starts, text.charCodeAt(at))) return 0;
    if (!this.shortKeys && (at + 1 >= text.length || !has(this.pairs, pairHash(text, at)))) return 0;
    let n = 0;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = at; i < text.length && node.next; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) {
        this.values[n] = node.value;
        this.lengths[n] = i - at + 1;
        n++;
      }
    }
    return n;
  }
}

/** The first two code units at `at`, folded into 16 bits. */
const pairHash = (text: string, at: number): number => (text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) & 0xffff;
const set = (bits: Uint32Array, n: number) => {
  bits[n >>> 5]! |= 1 << (n & 31);
};
const has = (bits: Uint32Array, n: number): boolean => (bits[n >>> 5]! & (1 << (n & 31))) !== 0;
