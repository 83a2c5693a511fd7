/**
 * An error a person can act on: the file, the line, what is wrong and what to do.
 * Printed as `content/raw/x.txt:3:1  message` followed by an indented hint.
 */
export class BuildError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly hint: string;

  constructor(file: string, line: number, rule: string, message: string, hint: string, column = 1) {
    super(message);
    this.name = 'BuildError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.rule = rule;
    this.hint = hint;
  }

  /** The same error reported against another path (the stage knew only the file name). */
  withFile(file: string): BuildError {
    return new BuildError(file, this.line, this.rule, this.message, this.hint, this.column);
  }

  /** The message as printed on the console. */
  format(): string {
    return `${this.file}:${this.line}:${this.column}  ${this.message} [${this.rule}]\n  ${this.hint}`;
  }
}

/** A BuildError as plain data, to cross a worker boundary. */
export type ErrorData = Pick<BuildError, 'file' | 'line' | 'column' | 'rule' | 'message' | 'hint'>;

export const toErrorData = (e: BuildError): ErrorData => ({
  file: e.file,
  line: e.line,
  column: e.column,
  rule: e.rule,
  message: e.message,
  hint: e.hint,
});
export const fromErrorData = (e: ErrorData): BuildError => new BuildError(e.file, e.line, e.rule, e.message, e.hint, e.column);
