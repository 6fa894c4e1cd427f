import type { Matrix } from '../data/matrix.ts';

/** Entries kept per memo before it starts over (bounds memory on long-running processes). */
const MAX_ENTRIES = 20_000;

const memos = new WeakMap<Matrix, Map<string, Map<string, unknown>>>();

/**
 * A memo per matrix and purpose. Results derived only from the matrix and the key may be kept:
 * the matrix is immutable once built.
 */
export function memoFor<T>(matrix: Matrix, purpose: string): { get(key: string): T | undefined; set(key: string, value: T): T } {
  let byPurpose = memos.get(matrix);
  if (!byPurpose) memos.set(matrix, (byPurpose = new Map()));
  let memo = byPurpose.get(purpose) as Map<string, T> | undefined;
  if (!memo) byPurpose.set(purpose, (memo = new Map()));
  const m = memo;
  return {
    get: (key) => m.get(key),
    set(key, value) {
      if (m.size >= MAX_ENTRIES) m.clear();
      m.set(key, value);
      return value;
    },
  };
}
