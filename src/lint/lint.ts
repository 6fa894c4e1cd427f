import type { Issue } from '../errors.ts';
import { loadFolder, type LoadedFolder } from '../load/load-folder.ts';
import { runChecks } from './run-checks.ts';

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
export function lint(dir: string, options: { today?: string; onProgress?: (done: number, total: number) => void } = {}): LintResult {
  const folder = loadFolder(dir, options.onProgress);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const issues = [...folder.issues, ...runChecks(folder, today)].sort(byPosition);
  const errorCount = issues.filter((i) => i.severity !== 'warning').length;
  return { folder, issues, errorCount, warningCount: issues.length - errorCount };
}
