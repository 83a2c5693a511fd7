import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { correctionSchema, documentSchema, type Correction } from '../../src/schema/document.ts';
import { BuildError } from '../../src/schema/build-error.ts';

/** The fields a correction file may set, for the hint of an unknown key. */
const correctable = Object.keys(documentSchema.shape).filter((k) => k !== 'source');

/**
 * Parses and validates a correction file (content/corrections/<name>.yaml). Throws an
 * AggregateError of BuildErrors, one per bad key, each naming the file, the key's line and
 * the key; a YAML syntax error names its line too. When `topics` (the slugs of
 * content/topics.yaml) is given, every topic slug must be one of them.
 */
export function readCorrection(file: string, text: string, topics?: readonly string[]): Correction {
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
  const raw = toJS(file, doc, lineCounter);
  const lineOf = (key: string): number => {
    if (!isMap(doc.contents)) return 1;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const offset = pair && isScalar(pair.key) ? pair.key.range[0] : undefined;
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  const parsed = correctionSchema.safeParse(raw);
  if (!parsed.success) throw new AggregateError(issueErrors(file, parsed.error, lineOf));
  const unknownTopics = topics ? topicErrors(file, parsed.data, topics, doc, lineCounter) : [];
  if (unknownTopics.length > 0) throw new AggregateError(unknownTopics);
  return parsed.data;
}

/**
 * The file's value; a document the library refuses to build (aliases past its limit, the
 * "billion laughs") is reported at its first alias.
 */
function toJS(file: string, doc: Document, lineCounter: LineCounter): unknown {
  try {
    return doc.toJS() ?? {};
  } catch (e) {
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const at = lineCounter.linePos(offset);
    throw new AggregateError(
      [
        new BuildError(
          file,
          at.line,
          'correction-yaml',
          `the YAML cannot be read: ${e instanceof Error ? e.message : String(e)}`,
          'write each value out in full; a correction needs no anchors (&) or aliases (*)',
          at.col,
        ),
      ],
      'correction-yaml',
      { cause: e },
    );
  }
}

/** Errors of topic slugs that content/topics.yaml does not list, at the slug's line. */
function topicErrors(
  file: string,
  correction: Correction,
  topics: readonly string[],
  doc: Document,
  lineCounter: LineCounter,
): BuildError[] {
  const known = new Set(topics);
  return (correction.topics ?? []).flatMap((t, i) => {
    if (known.has(t.slug)) return [];
    const node = doc.getIn(['topics', i, 'slug'], true);
    const offset = isScalar(node) ? node.range?.[0] : undefined;
    const at = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
    return [
      new BuildError(
        file,
        at.line,
        'correction-unknown-topic',
        `topics.${i}.slug: "${t.slug}" is not a topic of content/topics.yaml`,
        `use one of: ${[...topics].sort().join(', ')}`,
        at.col,
      ),
    ];
  });
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
