import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes a JSON array one element at a time, byte for byte as JSON.stringify(array, null, 2)
 * would when the array stands at nesting `depth` (0 for a top-level array), so a file of any
 * size never needs the whole array in memory. An edge: it writes a file.
 */
export class JsonArrayWriter {
  private readonly fd: number;
  private readonly pad: string;
  private count = 0;

  constructor(file: string, depth: number, prefix = '') {
    this.fd = openSync(file, 'w');
    this.pad = '  '.repeat(depth);
    writeSync(this.fd, prefix);
  }

  add(value: unknown): void {
    const inner = `${this.pad}  `;
    const json = JSON.stringify(value, null, 2).replace(/\n/g, `\n${inner}`);
    writeSync(this.fd, `${this.count === 0 ? '[\n' : ',\n'}${inner}${json}`);
    this.count++;
  }

  /** Ends the array, writes `suffix` and closes the file. */
  close(suffix: string): void {
    writeSync(this.fd, `${this.count === 0 ? '[]' : `\n${this.pad}]`}${suffix}`);
    closeSync(this.fd);
  }
}
