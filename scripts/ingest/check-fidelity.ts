import { BuildError } from '../../src/schema/build-error.ts';
import type { Block } from './types.ts';

const SPACE = /[\s\u3000\u00a0\ufeff]/;
const SPACES = /[\s\u3000\u00a0\ufeff]/g;

/**
 * The fidelity check: only whitespace may change. Every non-whitespace character of the
 * source, outside the lines `excluded` (junk listed in the report, header lines moved into
 * the frontmatter), must come out in the blocks, in the same order, and nothing else may.
 * Returns the error naming the first place where they part, or undefined.
 */
export function checkFidelity(
  file: string,
  text: string,
  excluded: ReadonlySet<number>,
  blocks: readonly Block[],
): BuildError | undefined {
  const output = blocks
    .map((b) => b.text)
    .join('')
    .replace(SPACES, '');
  const lines = text.split('\n');
  // The common case, checked cheaply: the kept lines, compacted, are exactly the output.
  if (
    lines
      .filter((_l, i) => !excluded.has(i + 1))
      .join('')
      .replace(SPACES, '') === output
  )
    return undefined;
  let k = 0;
  for (let no = 1; no <= lines.length; no++) {
    if (excluded.has(no)) continue;
    const chars = [...lines[no - 1]!];
    let column = 0;
    for (const ch of chars) {
      column++;
      if (SPACE.test(ch)) continue;
      const found = output.codePointAt(k);
      const expected = ch.codePointAt(0)!;
      if (found !== expected) {
        const got = found === undefined ? 'the end of the output' : `"${String.fromCodePoint(found)}"`;
        return new BuildError(
          file,
          no,
          'fidelity',
          `the output lost or changed the source text here: expected "${ch}", found ${got}`,
          'this is a bug in the normaliser, not in the source; report it with this file',
          column,
        );
      }
      k += ch.length;
    }
  }
  if (k < output.length) {
    return new BuildError(
      file,
      lines.length,
      'fidelity',
      `the output has text the source does not: "${output.slice(k, k + 20)}"`,
      'this is a bug in the normaliser, not in the source; report it with this file',
    );
  }
  return undefined;
}
