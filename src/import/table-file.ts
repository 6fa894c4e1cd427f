import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { StackfitError } from '../errors.ts';
import type { Row } from './import-rows.ts';

/** A table file split around its rows block; everything else is kept byte for byte. */
export interface TableText {
  readonly before: string[];
  readonly after: string[];
  /** Row lines and the comment lines above each, in file order. */
  readonly rows: Row[];
  readonly comments: string[][];
  /** Comment lines after the last row. */
  readonly trailing: string[];
  readonly sources: readonly string[];
}

const ROW_LINE = /^ {2}- \[/;

/**
 * Splits a `data/tables/<id>.yaml` text into the lines before `rows:`, the rows (with the comment
 * lines above each) and the lines after. Throws when the rows block is not one flow row per line.
 */
export function readTableText(text: string, file: string): TableText {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === 'rows:');
  if (start < 0) throw new StackfitError({ code: 'bad-table', file, message: 'no "rows:" line', hint: 'Run stackfit fmt first.' });
  let end = start + 1;
  while (end < lines.length && (ROW_LINE.test(lines[end]!) || /^ {2}#/.test(lines[end]!))) end++;
  const doc = parse(text) as { rows?: Row[]; sources?: string[] };
  const rows = doc.rows ?? [];
  const comments: string[][] = [];
  let pending: string[] = [];
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!;
    if (ROW_LINE.test(line)) {
      comments.push(pending);
      pending = [];
    } else pending.push(line);
  }
  if (comments.length !== rows.length) {
    throw new StackfitError({ code: 'bad-table', file, line: start + 1, message: `expected one row per line under "rows:" (${rows.length} rows, ${comments.length} row lines)`, hint: 'Run stackfit fmt first.' });
  }
  return { before: lines.slice(0, start + 1), after: lines.slice(end), rows, comments, trailing: pending, sources: doc.sources ?? [] };
}

/** One row as the formatter writes it: a flow sequence of JSON strings and nulls. */
export function formatRow(row: Row): string {
  return `  - [${row.map((c) => (c === null ? 'null' : JSON.stringify(c))).join(', ')}]`;
}

const same = (a: Row, b: Row) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * The table text with new rows. Lines outside the rows block stay as they are; a comment line
 * stays above the row it was above (matched by equal cells, else by equal key cell), and a
 * comment whose row is gone moves to the next row that is kept.
 */
export function renderTableText(table: TableText, rows: readonly Row[]): string {
  const used = new Set<number>();
  const anchor = rows.map((r) => {
    let i = table.rows.findIndex((o, k) => !used.has(k) && same(o, r));
    if (i < 0) i = table.rows.findIndex((o, k) => !used.has(k) && o[0] === r[0]);
    if (i >= 0) used.add(i);
    return i;
  });
  const carried: string[] = [];
  const orphan = new Map<number, string[]>();
  table.rows.forEach((_r, k) => {
    carried.push(...table.comments[k]!);
    if (used.has(k)) {
      orphan.set(k, [...carried]);
      carried.length = 0;
    }
  });
  const body: string[] = [];
  rows.forEach((r, i) => {
    const k = anchor[i]!;
    if (k >= 0) body.push(...orphan.get(k)!);
    body.push(formatRow(r));
  });
  body.push(...carried, ...table.trailing);
  return [...table.before, ...body, ...table.after].join('\n');
}

/** Writes through a temporary file in the same folder and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
