import { join } from 'node:path';
import { formatRecord } from '../../lint/format-record.ts';
import { loadFolder } from '../../load/load-folder.ts';
import { jsonText, visible } from '../../report/visible.ts';
import type { Args } from '../args.ts';
import { requireFolder, writeFileAtomic } from '../fs.ts';
import type { Io } from '../io.ts';

export const HELP = `stackfit fmt [DIR] [--check]

Rewrite records in canonical form: keys in the documented order, releases sorted by the product's
own version scheme, one flow style. Values and comments are kept. With --check, write nothing and
exit 1 when a file would change (for CI). Files that do not parse are left to stackfit lint.

Examples:
  stackfit fmt
  stackfit fmt data --check`;

export function fmt(args: Args, io: Io): number {
  const dir = args.positionals[0] ?? 'data';
  requireFolder(dir, 'a data folder to format');
  const folder = loadFolder(dir);
  const changed: string[] = [];
  for (const r of [...folder.vendors, ...folder.products, ...folder.tables, ...folder.pairs]) {
    const path = join(dir, r.file);
    const out = formatRecord(r.text, r.kind);
    if (out === r.text) continue;
    changed.push(path);
    if (!args.check) writeFileAtomic(path, out);
  }
  if (args.json) {
    io.out(jsonText({ check: args.check, changed }));
    return args.check && changed.length ? 1 : 0;
  }
  if (args.check) {
    for (const f of changed) io.err(`not formatted: ${visible(f)}`);
    if (changed.length) io.err(`${changed.length} file(s) need stackfit fmt`);
    return changed.length ? 1 : 0;
  }
  io.out(changed.length ? `formatted ${changed.length} file(s)` : 'all files are formatted');
  return 0;
}
