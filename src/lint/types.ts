import type { Issue } from '../errors.ts';
import type { LoadedFolder, SourceRecord } from '../load/load-folder.ts';
import type { Path } from '../load/parse-yaml.ts';
import type { Product } from '../schema/product.ts';
import type { Table } from '../schema/table.ts';
import type { Vendor } from '../schema/vendor.ts';

export interface LintContext {
  readonly folder: LoadedFolder;
  /** First record of each id (duplicates are reported by the identity check). */
  readonly products: ReadonlyMap<string, SourceRecord<Product>>;
  readonly vendors: ReadonlyMap<string, SourceRecord<Vendor>>;
  readonly tables: ReadonlyMap<string, SourceRecord<Table>>;
  /** The day the data is judged on (stale-data warnings). */
  readonly today: string;
  /**
   * Records the folder lies over (the bundled data, for a `--data` folder): references may point
   * into them, and a folder record may replace one only when it says `replaces: true`.
   */
  readonly base?: LintBase;
}

/** Records a linted folder lies over, by id. */
export interface LintBase {
  readonly products: ReadonlyMap<string, Product>;
  readonly vendors: ReadonlyMap<string, Vendor>;
  readonly tables: ReadonlyMap<string, Table>;
}

export interface Report {
  (record: SourceRecord, path: Path, issue: { code: string; message: string; hint?: string }): void;
}

/**
 * One lint check: a small module with a name, what it checks, its level, and `check`.
 * `record` checks see one record at a time; `tree` checks see the whole folder.
 */
export interface LintCheck {
  readonly name: string;
  readonly description: string;
  readonly level: 'error' | 'warning';
  readonly scope: 'record' | 'tree';
  check(ctx: LintContext, report: Report): void;
}

export type { Issue };
