import type { Row } from './import-rows.ts';

export interface RowChange {
  readonly from: Row;
  readonly to: Row;
  /** Indexes of the cells that differ. */
  readonly cells: number[];
}

export interface RowDiff {
  readonly added: Row[];
  readonly removed: Row[];
  readonly changed: RowChange[];
  /** Same rows in another order. */
  readonly reordered: boolean;
}

const key = (r: Row) => JSON.stringify(r);

/**
 * Rows added, removed and changed between a table's current rows and imported ones. Equal rows
 * match first; a left-over imported row then pairs with a left-over current row of the same key
 * cell that shares the most cells (at least half), and counts as changed.
 *
 * @example
 * diffRows([['1', 'a']], [['1', 'b'], ['2', 'c']]).changed[0].cells // [1]
 */
export function diffRows(before: readonly Row[], after: readonly Row[]): RowDiff {
  const pool = new Map<string, number>();
  for (const r of before) pool.set(key(r), (pool.get(key(r)) ?? 0) + 1);
  const leftAfter: Row[] = [];
  for (const r of after) {
    const n = pool.get(key(r)) ?? 0;
    if (n > 0) pool.set(key(r), n - 1);
    else leftAfter.push(r);
  }
  const leftBefore: Row[] = [];
  const again = new Map<string, number>();
  for (const r of after) again.set(key(r), (again.get(key(r)) ?? 0) + 1);
  for (const r of before) {
    const n = again.get(key(r)) ?? 0;
    if (n > 0) again.set(key(r), n - 1);
    else leftBefore.push(r);
  }
  const changed: RowChange[] = [];
  const added: Row[] = [];
  const taken = new Set<number>();
  for (const r of leftAfter) {
    let best = -1;
    let bestShared = 0;
    leftBefore.forEach((o, i) => {
      if (taken.has(i) || o[0] !== r[0] || o.length !== r.length) return;
      const shared = o.filter((c, k) => c === r[k]).length;
      if (shared > bestShared && shared * 2 >= r.length) {
        best = i;
        bestShared = shared;
      }
    });
    if (best < 0) {
      added.push(r);
      continue;
    }
    taken.add(best);
    const from = leftBefore[best]!;
    changed.push({ from, to: r, cells: r.flatMap((c, k) => (c === from[k] ? [] : [k])) });
  }
  const removed = leftBefore.filter((_r, i) => !taken.has(i));
  const reordered = !added.length && !removed.length && !changed.length && before.some((r, i) => key(r) !== key(after[i]!));
  return { added, removed, changed, reordered };
}

/** True when the import would leave the table as it is. */
export function isEmptyDiff(d: RowDiff): boolean {
  return !d.added.length && !d.removed.length && !d.changed.length && !d.reordered;
}
