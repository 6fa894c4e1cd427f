/**
 * Problems are data first: every issue carries a stable `code`, a `message` and, where it has one,
 * a position. Rendering to text is a separate step (see `report/`).
 */
export interface Issue {
  /** Stable kebab-case code, e.g. `bad-version`, `duplicate-id`. */
  readonly code: string;
  /** One line that quotes the bad value and says what was expected. */
  readonly message: string;
  /** `error` stops a build; `warning` is reported and kept. */
  readonly severity?: 'error' | 'warning';
  /** File the problem is in, relative to the data folder when there is one. */
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  /** Path inside the record, e.g. `releases[3].eol`. */
  readonly path?: string;
  /** What the user probably meant, or how to fix it. */
  readonly hint?: string;
  /** The lint check that found it. */
  readonly check?: string;
}

/**
 * The one error class thrown by parsers and loaders. Queries over user input return results
 * instead of throwing.
 *
 * @example
 * try { parseVersion('cann', '8.0.X') } catch (e) { if (e instanceof StackfitError) console.log(e.code) }
 */
export class StackfitError extends Error {
  readonly code: string;
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[] | Issue) {
    const list = Array.isArray(issues) ? (issues as readonly Issue[]) : [issues as Issue];
    const first = list[0];
    super(first ? formatIssueLine(first) : 'unknown error');
    this.name = 'StackfitError';
    this.code = first?.code ?? 'error';
    this.issues = list;
  }
}

/** `file:line:col: message (code). Hint` on one line: where, what, the stable code, then how to fix it. */
export function formatIssueLine(issue: Issue): string {
  const where = issue.file
    ? `${issue.file}${issue.line ? `:${issue.line}${issue.col ? `:${issue.col}` : ''}` : ''}: `
    : '';
  const hint = issue.hint ? `. ${issue.hint}` : '';
  return `${where}${issue.message} (${issue.code})${hint}`;
}
