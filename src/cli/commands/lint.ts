import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../../errors.ts';
import { formatIssueLine, StackfitError } from '../../errors.ts';
import { loadMatrix } from '../../data/load-matrix.ts';
import { lint as lintFolder, type LintResult } from '../../lint/lint.ts';
import { compileDataset, mergeDatasets } from '../../load/compile.ts';
import { replacementsOf, type Replacement } from '../../node.ts';
import { codeFrame } from '../../report/code-frame.ts';
import { ISSUE_TITLES_ZH } from '../../report/issue-titles.ts';
import { jsonText, visible } from '../../report/visible.ts';
import type { Dataset } from '../../schema/dataset.ts';
import type { Args } from '../args.ts';
import { requireFolder } from '../fs.ts';
import { color, type Io } from '../io.ts';
import { replacedNote } from '../replaced-note.ts';
import { fmt } from './fmt.ts';

export const HELP = `stackfit lint [DIR] [--data DIR]... [--format text|json|github] [--fix]

Check a data folder (default: data): safe YAML, schema, ids and file names, aliases, references to
products and versions, ranges under each product's version scheme, release order and dates,
sources, contradictions, stale data. --fix first applies what stackfit fmt can fix (key and release
order). Every problem comes with file:line:col, a code and what is allowed. Exit 0 when there
are no errors, 1 otherwise, 2 when the folder cannot be read.

With --data DIR (instead of DIR) the folder is linted as it would be laid over the bundled records:
it may refer to bundled vendors and products, a name or alias of a bundled product is an error,
and a record with a bundled id must say replaces: true.

Examples:
  stackfit lint
  stackfit lint ./my-records --format github
  stackfit lint --data ./private-records
  stackfit lint data --json`;

const FORMATS: ReadonlySet<string> = new Set(['text', 'json', 'github']);

interface Run {
  readonly dir: string;
  readonly result: LintResult;
  readonly replaced: readonly Replacement[];
}

/** Lints DIR alone, or each --data folder over the bundled data and the folders before it. */
function lintAll(args: Args, io: Io): Run[] {
  const progress = (done: number, total: number) => {
    if (total > 300) io.status?.(done < total ? `linting ${done}/${total} files…` : '');
  };
  const options = { ...(args.date ? { today: args.date } : {}), onProgress: progress };
  if (!args.data.length) {
    const dir = args.positionals[0] ?? 'data';
    requireFolder(dir, 'a data folder to lint');
    if (args.fix) fmt({ ...args, positionals: [dir], check: false }, { ...io, out: () => {} });
    return [{ dir, result: lintFolder(dir, options), replaced: [] }];
  }
  if (args.positionals.length) throw new StackfitError({ code: 'bad-input', message: 'give the folder either as DIR or with --data, not both', hint: 'stackfit lint --data DIR lints DIR over the bundled records.' });
  for (const dir of args.data) requireFolder(dir, 'a folder of records for --data');
  const runs: Run[] = [];
  let base: Dataset = loadMatrix().dataset;
  for (const dir of args.data) {
    if (args.fix) fmt({ ...args, positionals: [dir], check: false }, { ...io, out: () => {} });
    const result = lintFolder(dir, { ...options, base });
    runs.push({ dir, result, replaced: replacementsOf(result.folder, base, dir) });
    base = mergeDatasets(base, compileDataset(result.folder));
  }
  return runs;
}

export function lint(args: Args, io: Io): number {
  const format = args.json ? 'json' : (args.format ?? 'text');
  if (!FORMATS.has(format)) throw new StackfitError({ code: 'bad-input', message: `--format must be text, json or github (got "${format.slice(0, 20)}")` });
  const runs = lintAll(args, io);
  io.status?.('');
  const shown = runs.flatMap(({ dir, result }) => result.issues.map((i) => ({ ...i, file: i.file ? `${dir.replace(/\/$/, '')}/${i.file}` : dir })));
  const files = runs.reduce((n, r) => n + r.result.folder.fileCount, 0);
  const errors = runs.reduce((n, r) => n + r.result.errorCount, 0);
  const warnings = runs.reduce((n, r) => n + r.result.warningCount, 0);
  const replaced = runs.flatMap((r) => r.replaced);
  if (format === 'json') {
    io.out(jsonText({ files, errors, warnings, issues: shown, ...(args.data.length ? { replaced } : {}) }));
    return errors ? 1 : 0;
  }
  if (replaced.length) io.err(`stackfit: note: ${replacedNote(replaced)}`);
  if (format === 'github') {
    for (const i of shown) {
      const level = i.severity === 'warning' ? 'warning' : 'error';
      const msg = visible(`${i.message}${i.hint ? ` ${i.hint}` : ''}`).replace(/%/g, '%25');
      io.out(`::${level} file=${visible(i.file).replace(/[%,:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)},line=${i.line ?? 1},col=${i.col ?? 1},title=${i.code}::${msg}`);
    }
    return errors ? 1 : 0;
  }
  const zh = args.lang === 'zh';
  for (const { dir, result } of runs) {
    const frames = new Frames(dir, result);
    for (const raw of result.issues) {
      const i: Issue = { ...raw, file: raw.file ? `${dir.replace(/\/$/, '')}/${raw.file}` : dir };
      const tag = i.severity === 'warning' ? color(io, 33, zh ? '警告' : 'warning') : color(io, 31, zh ? '错误' : 'error');
      const title = zh ? `${Object.hasOwn(ISSUE_TITLES_ZH, i.code) ? ISSUE_TITLES_ZH[i.code] : i.code}：` : '';
      io.out(`${tag} ${visible(`${title}${formatIssueLine(i)}`)}`);
      const frame = frames.at(raw);
      if (frame) io.out(frame);
    }
  }
  io.out(zh ? `${files} 个文件，${errors} 个错误，${warnings} 个警告` : `${files} files, ${errors} error(s), ${warnings} warning(s)`);
  return errors ? 1 : 0;
}

/** Code frames of one lint run; each file is read and split into lines once. */
class Frames {
  private readonly texts: Map<string, string>;
  private readonly lines = new Map<string, readonly string[] | undefined>();

  constructor(
    private readonly dir: string,
    result: LintResult,
  ) {
    const f = result.folder;
    this.texts = new Map([...f.vendors, ...f.products, ...f.tables, ...f.pairs].map((r) => [r.file, r.text]));
  }

  at(issue: Issue): string | undefined {
    if (!issue.file || !issue.line) return undefined;
    if (!this.lines.has(issue.file)) this.lines.set(issue.file, this.read(issue.file)?.split('\n'));
    const lines = this.lines.get(issue.file);
    return lines ? codeFrame(lines, issue.line, issue.col ?? 1) : undefined;
  }

  private read(file: string): string | undefined {
    let text = this.texts.get(file);
    if (text === undefined) {
      try {
        const path = join(this.dir, file);
        text = statSync(path).size < 1024 * 1024 ? readFileSync(path, 'utf8') : undefined;
      } catch {
        text = undefined;
      }
    }
    return text === undefined || text.includes('\u0000') ? undefined : text;
  }
}
