import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { correctionSchema, documentSchema, type Correction } from '../../src/schema/document.ts';
import { BuildError } from './build-error.ts';

/** The fields a correction file may set, for the hint of an unknown key. */
const correctable = Object.keys(documentSchema.shape).filter((k) => k !== 'source');

/**
 * Parses and validates a correction file (content/corrections/<name>.yaml). Throws an
 * AggregateError of BuildErrors, one per bad key, each naming the file, the key's line and
 * the key; a YAML syntax error names its line too.
 */
export function readCorrection(file: string, text: string): Correction {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = lineCounter.linePos(e.pos[0]);
    throw new AggregateError([
      new BuildError(
        file,
        at.line,
        'correction-yaml',
        `not valid YAML: ${e.message.split('\n')[0]!}`,
        'fix the YAML syntax (key: value, one per line)',
        at.col,
      ),
    ]);
  }
  const raw: unknown = doc.toJS() ?? {};
  const lineOf = (key: string): number => {
    if (!isMap(doc.contents)) return 1;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const offset = pair && isScalar(pair.key) ? pair.key.range[0] : undefined;
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  const parsed = correctionSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AggregateError(issueErrors(file, parsed.error, lineOf));
}

function issueErrors(file: string, error: z.ZodError, lineOf: (key: string) => number): BuildError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      return issue.keys.map(
        (key) =>
          new BuildError(
            file,
            lineOf(key),
            'correction-unknown-key',
            `unknown key "${key}"`,
            `a correction sets frontmatter fields: ${correctable.join(', ')}`,
          ),
      );
    }
    const key = issue.path.map(String).join('.');
    if (key === '')
      return [
        new BuildError(
          file,
          1,
          'correction-not-a-map',
          'a correction file holds `field: value` lines',
          'write one frontmatter field per line, e.g. docType: notice',
        ),
      ];
    return [
      new BuildError(
        file,
        lineOf(String(issue.path[0])),
        'correction-bad-value',
        `${key}: ${issue.message}`,
        `correct the value of ${String(issue.path[0])} (see src/schema/document.ts)`,
      ),
    ];
  });
}
