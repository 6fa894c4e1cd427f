import type { CellRule, Reader } from './spec.ts';

/**
 * How a vendor's printed prose reads as stackfit cells: printed cell -> { column: cell }.
 * Column names are the table's product ids and labels; a column the entry leaves out gets the
 * rule's default. A cell not in the dictionary is an import error, so a new phrasing is read by a
 * person once and added here, never guessed.
 */
export type Prose = Readonly<Record<string, Readonly<Record<string, string | null>>>>;

/**
 * The rule for one table column read through a prose dictionary.
 *
 * @example
 * proseCell(TIDB_OS, 'TIDB_OS', '操作系统', 'rhel') // the rhel cell of each printed OS row
 */
export function proseCell(dict: Prose, name: string, from: string | number | readonly (string | number)[], column: string, otherwise: string | null = null, read?: readonly Reader[]): CellRule {
  const map: Record<string, string | null> = {};
  for (const [printed, cells] of Object.entries(dict)) map[printed] = Object.hasOwn(cells, column) ? cells[column]! : otherwise;
  return { from, map, mapName: name, ...(read ? { read } : {}) };
}
