import type { Matrix } from '../data/matrix.ts';

/** Entries kept per memo before it starts over (bounds memory on long-running processes). */
const MAX_ENTRIES = 20_000;

/*
 * The engine's one memo layer. Everything derived only from a matrix and a key is kept here, per
 * matrix and purpose (the matrix is immutable once built), in three shapes: string keys
 * (`memoFor`, `memoMap`), two string keys without concatenation on hot paths (`memoMap2`), and
 * pairs of stack items keyed by the items themselves (`pairMemoFor`). Caches that belong to one
 * object (a parsed item's reference, a rendered reason) sit in WeakMaps beside that object's code.
 */

const memos = new WeakMap<Matrix, Map<string, Map<string, unknown>>>();

/** The map behind a purpose's memo, for hot paths that read it directly. Bounded: see MAX_ENTRIES. */
export function memoMap<T>(matrix: Matrix, purpose: string): Map<string, T> {
  let byPurpose = memos.get(matrix);
  if (!byPurpose) memos.set(matrix, (byPurpose = new Map()));
  let memo = byPurpose.get(purpose) as Map<string, T> | undefined;
  if (!memo) byPurpose.set(purpose, (memo = new Map()));
  if (memo.size >= MAX_ENTRIES) memo.clear();
  return memo;
}

/** A memo keyed by two strings (product ids, say), as nested maps. */
export function memoMap2<T>(matrix: Matrix, purpose: string): Map<string, Map<string, T>> {
  return memoMap<Map<string, T>>(matrix, purpose);
}

/**
 * A memo per matrix and purpose. Results derived only from the matrix and the key may be kept:
 * the matrix is immutable once built.
 */
export function memoFor<T>(matrix: Matrix, purpose: string): { get(key: string): T | undefined; set(key: string, value: T): T } {
  const m = memoMap<T>(matrix, purpose);
  return {
    get: (key) => m.get(key),
    set(key, value) {
      if (m.size >= MAX_ENTRIES) m.clear();
      m.set(key, value);
      return value;
    },
  };
}

type PairTable<T> = WeakMap<object, WeakMap<object, Map<string, T>>>;
const pairMemos = new WeakMap<Matrix, Map<string, PairTable<unknown>>>();

/**
 * A memo for facts about two stack items, keyed by the items themselves (parsed items and solve
 * candidates are memoized, so the same item is the same object) and a short context string:
 * no long string keys to hash on the hot path. Entries go with their items.
 */
export function pairMemoFor<T>(matrix: Matrix, purpose: string): { get(a: object, b: object, ctx: string): T | undefined; set(a: object, b: object, ctx: string, value: T): T } {
  let byPurpose = pairMemos.get(matrix);
  if (!byPurpose) pairMemos.set(matrix, (byPurpose = new Map()));
  let table = byPurpose.get(purpose) as PairTable<T> | undefined;
  if (!table) byPurpose.set(purpose, (table = new WeakMap()));
  const t = table;
  return {
    get: (a, b, ctx) => t.get(a)?.get(b)?.get(ctx),
    set(a, b, ctx, value) {
      let inner = t.get(a);
      if (!inner) t.set(a, (inner = new WeakMap()));
      let byCtx = inner.get(b);
      if (!byCtx) inner.set(b, (byCtx = new Map()));
      if (byCtx.size >= 256) byCtx.clear();
      byCtx.set(ctx, value);
      return value;
    },
  };
}
