import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * One element of a JSON array standing at nesting `depth` (0 for a top-level array), as
 * JSON.stringify(array, null, 2) writes it: indented, without the separator. Elements joined
 * by `,\n` make the inside of the array.
 */
export function jsonArrayElement(value: unknown, depth: number): string {
  // Wrapped in depth + 1 arrays, the value is indented exactly as it stands in the file; the
  // brackets around it take (depth + 1)(depth + 2) characters on either side.
  let wrapped: unknown = value;
  for (let k = 0; k <= depth; k++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  const cut = (depth + 1) * (depth + 2);
  return json.slice(cut, json.length - cut);
}

/**
 * Elements joined by `,\n` as UTF-8 bytes, written into one growing buffer as they come: no
 * element string outlives its add(), and the bytes own their memory, so they can be handed to
 * another thread without a copy.
 */
export class ElementBytes {
  /** The byte length of each element, in order. */
  readonly lengths: number[] = [];
  private buffer = Buffer.allocUnsafeSlow(1 << 16);
  private length = 0;

  add(element: string): void {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    this.reserve(2 + element.length * 3);
    if (this.lengths.length > 0) this.length += this.buffer.write(',\n', this.length, 'latin1');
    const bytes = this.buffer.write(element, this.length, 'utf8');
    this.length += bytes;
    this.lengths.push(bytes);
  }

  /** Adds an element already in UTF-8. */
  addBytes(element: Uint8Array): void {
    this.reserve(2 + element.length);
    if (this.lengths.length > 0) this.length += this.buffer.write(',\n', this.length, 'latin1');
    this.buffer.set(element, this.length);
    this.length += element.length;
    this.lengths.push(element.length);
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.buffer.length, this.length + more));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/**
 * Writes a JSON array a run of elements at a time, byte for byte as
 * JSON.stringify(array, null, 2) would when the array stands at nesting `depth`, so a file of
 * any size never needs the whole array in memory. Records where each element lies, so it can
 * be replaced later (FilePatcher). An edge: it writes a file.
 */
export class JsonArrayWriter {
  /** Byte offset and length of each element in the file, in order. */
  readonly offsets: number[] = [];
  readonly lengths: number[] = [];
  private readonly fd: number;
  private readonly pad: string;
  private position = 0;

  constructor(file: string, depth: number, prefix = '') {
    this.fd = openSync(file, 'w');
    this.pad = '  '.repeat(depth);
    this.write(prefix);
  }

  /** Adds the elements ElementBytes joined, given their byte lengths. */
  addBytes(bytes: Uint8Array, lengths: readonly number[]): void {
    if (lengths.length === 0) return;
    this.write(this.offsets.length === 0 ? '[\n' : ',\n');
    let at = this.position;
    for (const length of lengths) {
      this.offsets.push(at);
      this.lengths.push(length);
      at += length + 2;
    }
    this.position += writeSync(this.fd, bytes);
  }

  /** Ends the array, writes `suffix` and closes the file. */
  close(suffix: string): void {
    this.write(`${this.offsets.length === 0 ? '[]' : `\n${this.pad}]`}${suffix}`);
    closeSync(this.fd);
  }

  private write(text: string): void {
    this.position += writeSync(this.fd, text);
  }
}
