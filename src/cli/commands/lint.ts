import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint as lintFolder } from '../../lint/lint.ts';
import { codeFrame } from '../../report/code-frame.ts';
import { fmt } from './fmt.ts';
import { ISSUE_TITLES_ZH } from '../../report/issue-titles.ts';
import { formatIssueLine } from '../../errors.ts';
import { StackfitError } from '../../errors.ts';
import type { Args } from '../args.ts';
import { color, type Io } from '../io.ts';

export const HELP = `stackfit lint [DIR] [--format text|json|github] [--fix]

Check a data folder (default: data): safe YAML, schema, ids and file names, aliases, references to
products and versions, ranges under each product's version scheme, release order and dates,
sources, contradictions, stale data. --fix first applies what stackfit fmt can fix (key and release
order). Every problem comes with file:line:col, a code and what is allowed. Exit 0 when there
are no errors, 1 otherwise.

Examples:
  stackfit lint
  stackfit lint ./my-records --format github
  stackfit lint data --json`;

export function lint(args: Args, io: Io): number {
  const dir = args.positionals[0] ?? 'data';
  const format = args.json ? 'json' : (args.format ?? 'text');
  if (!['text', 'json', 'github'].includes(format)) throw new StackfitError({ code: 'bad-input', message: `--format must be text, json or github (got "${format.slice(0, 20)}")` });
  if (args.fix) fmt({ ...args, positionals: [dir], check: false }, { ...io, out: () => {} });
  const progress = (done: number, total: number) => {
    if (total > 300) io.status?.(done < total ? `linting ${done}/${total} files…` : '');
  };
  const result = lintFolder(dir, { ...(args.date ? { today: args.date } : {}), onProgress: progress });
  io.status?.('');
  const shown = result.issues.map((i) => ({ ...i, file: i.file ? `${dir.replace(/\/$/, '')}/${i.file}` : dir }));
  if (format === 'json') {
    io.out(JSON.stringify({ files: result.folder.fileCount, errors: result.errorCount, warnings: result.warningCount, issues: shown }, null, 2));
  } else if (format === 'github') {
    for (const i of shown) {
      const level = i.severity === 'warning' ? 'warning' : 'error';
      const msg = `${i.message}${i.hint ? ` ${i.hint}` : ''}`.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
      io.out(`::${level} file=${i.file},line=${i.line ?? 1},col=${i.col ?? 1},title=${i.code}::${msg}`);
    }
  } else {
    const texts = new Map(result.folder.products.concat(result.folder.vendors as never[], result.folder.tables as never[]).map((r) => [r.file, r.text]));
    for (const [n, i] of shown.entries()) {
      const tag = i.severity === 'warning' ? color(io, 33, args.lang === 'zh' ? '警告' : 'warning') : color(io, 31, args.lang === 'zh' ? '错误' : 'error');
      const title = args.lang === 'zh' ? `${ISSUE_TITLES_ZH[i.code] ?? i.code}：` : '';
      io.out(`${tag} ${title}${formatIssueLine(i)} (${i.code})`);
      const raw = result.issues[n]!;
      let text = raw.file ? texts.get(raw.file) : undefined;
      if (text === undefined && raw.file && raw.line) {
        try {
          const size = statSync(join(dir, raw.file)).size;
          text = size < 1024 * 1024 ? readFileSync(join(dir, raw.file), 'utf8') : undefined;
        } catch {
          text = undefined;
        }
      }
      if (text !== undefined && raw.line && !text.includes('\u0000')) io.out(codeFrame(text, raw.line, raw.col ?? 1));
    }
    io.out(
      args.lang === 'zh'
        ? `${result.folder.fileCount} 个文件，${result.errorCount} 个错误，${result.warningCount} 个警告`
        : `${result.folder.fileCount} files, ${result.errorCount} error(s), ${result.warningCount} warning(s)`,
    );
  }
  return result.errorCount ? 1 : 0;
}
