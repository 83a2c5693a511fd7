import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * One element of a JSON array standing at nesting `depth` (0 for a top-level array), as
 * JSON.stringify(array, null, 2) writes it: indented, without the separator. Elements joined
 * by `,\n` make the inside of the array.
 */
export function jsonArrayElement(value: unknown, depth: number): string {
  const inner = '  '.repeat(depth + 1);
  return `${inner}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${inner}`)}`;
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

  /** Ends the array, writes `suffix` and closes the file. */
  close(suffix: string): void {
    writeSync(this.fd, `${this.count === 0 ? '[]' : `\n${this.pad}]`}${suffix}`);
    closeSync(this.fd);
  }
}
