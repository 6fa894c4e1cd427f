import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRecord } from '../../lint/format-record.ts';
import { loadFolder } from '../../load/load-folder.ts';
import type { Args } from '../args.ts';
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
  const folder = loadFolder(dir);
  const changed: string[] = [];
  for (const r of [...folder.vendors, ...folder.products, ...folder.tables, ...folder.pairs]) {
    const path = join(dir, r.file);
    const text = readFileSync(path, 'utf8');
    const out = formatRecord(text, r.kind);
    if (out === text) continue;
    changed.push(path);
    if (!args.check) writeFileSync(path, out);
  }
  if (args.json) {
    io.out(JSON.stringify({ check: args.check, changed }, null, 2));
    return args.check && changed.length ? 1 : 0;
  }
  if (args.check) {
    for (const f of changed) io.err(`not formatted: ${f}`);
    if (changed.length) io.err(`${changed.length} file(s) need stackfit fmt`);
    return changed.length ? 1 : 0;
  }
  io.out(changed.length ? `formatted ${changed.length} file(s)` : 'all files are formatted');
  return 0;
}
