/**
 * The elements of a JSON array file written as JSON.stringify(array, null, 2) writes it (the
 * build script's documents.json: scripts/emit/json-array-writer.ts), read one element at a time.
 * Read whole, documents.json would be one string of about 600 million characters at 100,000
 * documents, past V8's limit of 2^29 − 24; read this way, no string is longer than one element.
 *
 * An element of such a file opens with a line `  {` and closes with a line `  }` (or `  },`),
 * its own fields indented further.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Lines of a UTF-8 file, read synchronously in chunks of `chunkBytes`, without their `\n`. */
function* fileLines(file: string, chunkBytes: number): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (;;) {
      const n = readSync(fd, buffer, 0, chunkBytes, null);
      const text = rest + (n > 0 ? decoder.write(buffer.subarray(0, n)) : decoder.end());
      const lines = text.split('\n');
      rest = n > 0 ? lines.pop()! : '';
      yield* n > 0 ? lines : lines.filter((l, i) => i < lines.length - 1 || l !== '');
      if (n === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** Each element (an object) of the array in `file`, parsed, in order. */
export function* jsonArrayElements(file: string, chunkBytes = 1 << 22): Generator {
  let element: string[] | null = null;
  let line = 0;
  let opened = 0;
  for (const text of fileLines(file, chunkBytes)) {
    line++;
    if (element === null) {
      if (text === '  {') {
        element = [text];
        opened = line;
      } else if (!/^\s*(?:\[|\]|\[\])?\s*$/.test(text))
        throw new Error(`${file}:${line}: not an array written with a two-space indent; run the build again to write it`);
    } else if (text === '  }' || text === '  },') {
      element.push('  }');
      const json = element.join('\n');
      element = null;
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch (e) {
        throw new Error(`${file}:${opened}: ${e instanceof Error ? e.message : String(e)}; run the build again to write it`, {
          cause: e,
        });
      }
      yield value;
    } else element.push(text);
  }
  if (element !== null) throw new Error(`${file}:${opened}: the element is not closed; run the build again to write it`);
}
