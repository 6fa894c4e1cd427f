/**
 * How one vendor file family becomes the rows of one table: a small declaration, not a script.
 *
 * A spec names the upstream tables to read (`select`), which rows to keep (`where`), and for each
 * column of the stackfit table where its cell comes from (`cells`, aligned with the table's
 * `columns`). Cells are read by name from the upstream header and passed through named readers
 * (`./readers.ts`); a `map` turns printed prose into canonical cells and fails, naming the file
 * and line, on prose it has not seen, so a reviewer extends the map rather than the importer
 * guessing.
 */
export interface UpstreamFile {
  /** Path as given (for messages). */
  readonly path: string;
  readonly text: string;
  /** The pinned URL the rows cite (a `{source: true}` cell). */
  readonly url: string;
  /** Values the sidecar states about this file, e.g. the release its page documents. */
  readonly vars: Readonly<Record<string, string>>;
}

/** One upstream row with its cells by header name. */
export interface UpstreamRow {
  readonly file: UpstreamFile;
  readonly line: number;
  readonly heading: string;
  readonly header: readonly string[];
  readonly cells: readonly string[];
}

export type Reader = (value: string, row: UpstreamRow) => string | null;

export type CellRule =
  /**
   * A fact the page prints outside its tables (an install command, an image tag, a sample
   * output): the first capture group of `find` anywhere in the file, or with `all` every distinct
   * match joined with `, `; no match is a null cell.
   */
  | { readonly find: RegExp; readonly all?: boolean; readonly read?: readonly Reader[]; readonly map?: Readonly<Record<string, string | null>>; readonly mapName?: string }
  /**
   * A compatibility matrix: the headers matching `columns` (its first capture group, through
   * `read`) of the cells that match `yes` ("Y", "✓"), joined as a `||` range.
   */
  | { readonly matrix: RegExp; readonly yes: RegExp; readonly read?: readonly Reader[] }
  /** A fixed cell. */
  | { readonly const: string | null }
  /** The pinned URL of the file the row came from. */
  | { readonly source: true }
  /** A value the fixture sidecar gives for the file (`vars`). */
  | { readonly var: string; readonly read?: readonly Reader[] }
  /**
   * An upstream cell by header text (after `cellText`) or index, through readers in order;
   * `map` then turns the result into the stored cell (a missing key is an error).
   */
  | {
      /** Several names: the cells joined with " | " (for a map keyed by a pair of cells). */
      readonly from: string | number | readonly (string | number)[];
      readonly read?: readonly Reader[];
      readonly map?: Readonly<Record<string, string | null>>;
      /** Name of the map in messages ("add it to ..."). */
      readonly mapName?: string;
      /** A missing column is a null cell rather than an error (a row some pages leave out). */
      readonly optional?: boolean;
      /**
       * The cell read so far is the key of a row in another table of the same file (header
       * cells `header`; key column `key`, through `keyRead`); the stored cell is that row's
       * `value` cell as text. A key the other table lacks is an error.
       */
      readonly lookup?: { readonly header: readonly string[]; readonly key: string; readonly value: string; readonly keyRead?: readonly Reader[] };
    };

export interface SelectTables {
  /** Only tables under a heading matching this. */
  readonly heading?: RegExp;
  /** Header cells (after `cellText`) that must all be present. */
  readonly header: readonly string[];
  /** The header has exactly the `header` cells, no others. */
  readonly exact?: boolean;
  /** Which of the matching tables to read (default all, in file order). */
  readonly nth?: number;
}

export interface ImporterSpec {
  /**
   * Other spellings of a header across the file's history (printed -> the name the rules use),
   * so one declaration reads every revision.
   */
  readonly rename?: Readonly<Record<string, string>>;
  /** The stackfit table id (`data/tables/<id>.yaml`). */
  readonly table: string;
  /** Where contributors fetch the newest upstream file. */
  readonly upstream: string;
  /** The file family, e.g. "Ascend/pytorch COMPATIBILITY.en.md". */
  readonly family: string;
  /** `markdown+html`: pipe tables and HTML tables embedded in the markdown, in file order. */
  readonly format: 'markdown' | 'html' | 'rst' | 'markdown+html';
  /**
   * A vertical table (one record per table, names in the first column, values in the second):
   * read it as one row whose header is the first column.
   */
  readonly transpose?: boolean;
  readonly select: SelectTables;
  /** Keep only rows whose cell matches (header name -> pattern over `cellText`). */
  readonly where?: Readonly<Record<string, RegExp>>;
  /**
   * One upstream row as several: a column name whose cell is an HTML list (each `<li>` item
   * becomes a row, the item standing in for the cell), or a function returning the rows' cells
   * (it may append cells, which rules read by index).
   */
  readonly explode?: string | ((cells: readonly string[], header: readonly string[]) => (readonly string[])[]);
  /**
   * One row per file, read only by `find`, `var`, `const` and `source` rules (pages that state
   * their requirements in sentences, commands and sample output rather than a table).
   */
  readonly onePerFile?: boolean;
  /** Keep only rows for which this holds (e.g. the row of the branch a page documents). */
  readonly keep?: (row: UpstreamRow) => boolean;
  /** Columns whose empty cells repeat the cell above (merged cells printed once). */
  readonly fillDown?: readonly string[];
  /** One rule per table column, in the table's column order. */
  readonly cells: readonly CellRule[];
  /**
   * With several files: `first-seen` keeps a later file's row only when no earlier file (in
   * sidecar order) printed a row with the same key, so each row cites the first file that prints
   * it; `all` (default) keeps every row.
   */
  readonly merge?: 'first-seen' | 'all';
  /**
   * Where `first-seen` lists the rows only later files print: in file order (default), or with
   * the last file's rows first (a table that lists its history oldest first).
   */
  readonly historyOrder?: 'file' | 'last-file-first';
  /**
   * A row whose key cell is the release a file documents (`vars.release`) cites that file when it
   * prints the same row, even if an earlier file printed it first (release notes list older
   * releases too; each release's row cites its own notes).
   */
  readonly citeOwnRelease?: boolean;
  /**
   * Several table shapes in the same files (a list table and a Y/N matrix, say): each part has
   * its own `select` and `cells` (and may set `rename`, `fillDown`, `where`), the rest comes from
   * the spec. A file must match at least one part.
   */
  readonly parts?: readonly Pick<ImporterSpec, 'select' | 'cells' | 'rename' | 'fillDown' | 'where'>[];
  /** Table column indexes that identify a row for `first-seen` (default: every non-source cell). */
  readonly mergeKey?: readonly number[];
}
