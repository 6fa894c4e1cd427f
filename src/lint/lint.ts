import type { Issue } from '../errors.ts';
import { loadFolder, type LoadedFolder } from '../load/load-folder.ts';
import type { Dataset } from '../schema/dataset.ts';
import { runChecks } from './run-checks.ts';
import type { LintBase } from './types.ts';

/** Problems listed per file; the rest are counted in one closing line (output stays bounded). */
export const MAX_ISSUES_PER_FILE = 100;

export interface LintOptions {
  /** The day the data is judged on (default today). */
  readonly today?: string;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Records the folder lies over (for a `--data` folder: the bundled dataset). References may
   * point into them; an id, name or alias clashing with one of them is an error unless the record
   * says `replaces: true`.
   */
  readonly base?: Dataset;
}

export interface LintResult {
  readonly folder: LoadedFolder;
  /** Every problem, sorted by file, line and column. */
  readonly issues: readonly Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}

function byPosition(a: Issue, b: Issue): number {
  return (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || a.code.localeCompare(b.code);
}

/**
 * Lints a data folder: safe parsing and schema of each file, then every cross-record check.
 * Reports all problems in one pass.
 *
 * @example
 * const { errorCount, issues } = lint('data');
 */
export function lint(dir: string, options: LintOptions = {}): LintResult {
  const folder = loadFolder(dir, options.onProgress);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const all = [...folder.issues, ...runChecks(folder, today, undefined, options.base && baseOf(options.base))].sort(byPosition);
  const errorCount = all.filter((i) => i.severity !== 'warning').length;
  return { folder, issues: capPerFile(all), errorCount, warningCount: all.length - errorCount };
}

function baseOf(dataset: Dataset): LintBase {
  return {
    products: new Map(dataset.products.map((p) => [p.id, p])),
    vendors: new Map(dataset.vendors.map((v) => [v.id, v])),
    tables: new Map(dataset.tables.map((t) => [t.id, t])),
  };
}

/** The first `MAX_ISSUES_PER_FILE` problems of each file, then one line counting the rest. */
function capPerFile(sorted: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  let i = 0;
  while (i < sorted.length) {
    const file = sorted[i]!.file;
    let j = i;
    while (j < sorted.length && sorted[j]!.file === file) j++;
    if (j - i <= MAX_ISSUES_PER_FILE) out.push(...sorted.slice(i, j));
    else {
      out.push(...sorted.slice(i, i + MAX_ISSUES_PER_FILE));
      const rest = sorted.slice(i + MAX_ISSUES_PER_FILE, j);
      const codes = [...new Set(rest.map((x) => x.code))];
      const errors = rest.some((x) => x.severity !== 'warning');
      out.push({
        code: 'too-many-issues',
        severity: errors ? 'error' : 'warning',
        ...(file ? { file } : {}),
        line: rest[0]!.line ?? 1,
        col: rest[0]!.col ?? 1,
        message: `${rest.length} more problem(s) in this file not listed (${codes.slice(0, 5).join(', ')}${codes.length > 5 ? ', …' : ''})`,
        hint: `Fix the first ${MAX_ISSUES_PER_FILE} and lint again.`,
      });
    }
    i = j;
  }
  return out;
}
