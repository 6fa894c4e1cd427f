import { readFileSync } from 'node:fs';
import { didYouMean } from '../data/did-you-mean.ts';
import { join } from 'node:path';
import { StackfitError } from '../errors.ts';
import { diffRows, isEmptyDiff, type RowDiff } from './diff-rows.ts';
import { FIXTURE_DIR } from './fixture-dir.ts';
import { importRows, type Row } from './import-rows.ts';
import { findImporter, IMPORTERS } from './importers/index.ts';
import type { ImporterSpec, UpstreamFile } from './spec.ts';
import { readTableText, renderTableText } from './table-file.ts';
import { loadSidecarFiles } from './upstream-files.ts';

export { FIXTURE_DIR };

/** The sidecar of a table's fixture: `test/fixtures/upstream/<table>.source.json`. */
export function sidecarPath(table: string, root = '.'): string {
  return join(root, FIXTURE_DIR, `${table}.source.json`);
}

export interface TableImport {
  readonly table: string;
  readonly file: string;
  readonly rows: Row[];
  readonly diff: RowDiff;
  readonly unchanged: boolean;
  /** The table file as `--write` would leave it. */
  readonly text: string;
  readonly before: string;
}

/**
 * Imports upstream files into one table: reads the rows by the table's importer and returns the
 * diff against `data/tables/<id>.yaml` and the new file text (header, notes, comments and the
 * rest of the file kept). Writes nothing.
 */
export function importTable(spec: ImporterSpec, files: readonly UpstreamFile[], dataDir: string, options: { citeOnly?: string } = {}): TableImport {
  const file = join(dataDir, 'tables', `${spec.table}.yaml`);
  let before: string;
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    throw new StackfitError({ code: 'bad-input', file, message: `no table file for "${spec.table}"` });
  }
  let current = readTableText(before, file);
  // a table with one source that now cites the newly fetched file: the header cites it too
  const only = current.sources.length === 1 ? current.sources[0] : undefined;
  if (options.citeOnly && only && only !== options.citeOnly) {
    current = { ...current, before: current.before.map((l) => l.split(JSON.stringify(only)).join(JSON.stringify(options.citeOnly))) };
  }
  const rows = importRows(spec, files);
  const width = current.rows[0]?.length;
  if (width !== undefined && spec.cells.length !== width) {
    throw new StackfitError({ code: 'bad-importer', file, message: `the importer gives ${spec.cells.length} cells per row, the table has ${width} columns` });
  }
  const diff = diffRows(current.rows, rows);
  const text = renderTableText(current, rows);
  return { table: spec.table, file, rows, diff, unchanged: isEmptyDiff(diff) && text === before, before, text };
}

/** Finds the importer for a table id or fails with the list of ids that have one. */
export function requireImporter(table: string): ImporterSpec {
  const spec = findImporter(table);
  if (spec) return spec;
  throw new StackfitError({ code: 'bad-input', message: `no importer for table "${table.slice(0, 60)}"`, hint: didYouMean(table, IMPORTERS.map((s) => s.table), 'See stackfit import --list.')! });
}

/** Re-imports every importer's fixture; the tables whose rows would change. */
export function checkAllFixtures(root: string, dataDir = join(root, 'data')): TableImport[] {
  return IMPORTERS.map((spec) => importTable(spec, loadSidecarFiles(sidecarPath(spec.table, root)), dataDir));
}
