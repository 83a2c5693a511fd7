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
  private buffer = Buffer.allocUnsafeSlow(1 << 16);
  private length = 0;
  count = 0;

  add(element: string): void {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    this.reserve(2 + element.length * 3);
    if (this.count > 0) this.length += this.buffer.write(',\n', this.length, 'latin1');
    this.length += this.buffer.write(element, this.length, 'utf8');
    this.count++;
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
 * any size never needs the whole array in memory. An edge: it writes a file.
 */
export class JsonArrayWriter {
  private readonly fd: number;
  private readonly pad: string;
  private readonly depth: number;
  private count = 0;

  constructor(file: string, depth: number, prefix = '') {
    this.fd = openSync(file, 'w');
    this.depth = depth;
    this.pad = '  '.repeat(depth);
    writeSync(this.fd, prefix);
  }

  add(value: unknown): void {
    this.addElement(jsonArrayElement(value, this.depth));
  }

  /** Adds an element made by jsonArrayElement at this writer's depth. */
  addElement(element: string): void {
    writeSync(this.fd, `${this.count === 0 ? '[\n' : ',\n'}${element}`);
    this.count++;
  }

  /** Adds `count` elements made by jsonArrayElement at this writer's depth, as ElementBytes joined them. */
  addBytes(bytes: Uint8Array, count: number): void {
    if (count === 0) return;
    writeSync(this.fd, this.count === 0 ? '[\n' : ',\n');
    writeSync(this.fd, bytes);
    this.count += count;
  }

  /** Ends the array, writes `suffix` and closes the file. */
  close(suffix: string): void {
    writeSync(this.fd, `${this.count === 0 ? '[]' : `\n${this.pad}]`}${suffix}`);
    closeSync(this.fd);
  }
}
