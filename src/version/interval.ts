import { compareKeys, type VersionKey } from './key.ts';
import type { Version } from './scheme.ts';

/** A set of versions between two keys; an absent bound is unbounded. */
export interface Interval {
  readonly lo?: VersionKey;
  readonly loInclusive: boolean;
  readonly hi?: VersionKey;
  readonly hiInclusive: boolean;
}

export const EVERYTHING: Interval = { loInclusive: false, hiInclusive: false };

/** A version as an interval: a point, or [series start, next series) for a series. */
export function versionInterval(v: Version): Interval {
  return v.upper
    ? { lo: v.key, loInclusive: true, hi: v.upper, hiInclusive: false }
    : { lo: v.key, loInclusive: true, hi: v.key, hiInclusive: true };
}

function lowerOf(a: Interval, b: Interval): Pick<Interval, 'lo' | 'loInclusive'> {
  if (!a.lo) return b;
  if (!b.lo) return a;
  const c = compareKeys(a.lo, b.lo);
  if (c !== 0) return c > 0 ? a : b;
  return { lo: a.lo, loInclusive: a.loInclusive && b.loInclusive };
}

function upperOf(a: Interval, b: Interval): Pick<Interval, 'hi' | 'hiInclusive'> {
  if (!a.hi) return b;
  if (!b.hi) return a;
  const c = compareKeys(a.hi, b.hi);
  if (c !== 0) return c < 0 ? a : b;
  return { hi: a.hi, hiInclusive: a.hiInclusive && b.hiInclusive };
}

/** The intersection of two intervals (possibly empty, see `isEmpty`). */
export function intersect(a: Interval, b: Interval): Interval {
  const lo = lowerOf(a, b);
  const hi = upperOf(a, b);
  const out: { -readonly [K in keyof Interval]: Interval[K] } = { loInclusive: lo.loInclusive, hiInclusive: hi.hiInclusive };
  if (lo.lo) out.lo = lo.lo;
  if (hi.hi) out.hi = hi.hi;
  return out;
}

export function isEmpty(i: Interval): boolean {
  if (!i.lo || !i.hi) return false;
  const c = compareKeys(i.lo, i.hi);
  return c > 0 || (c === 0 && !(i.loInclusive && i.hiInclusive));
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Interval, inner: Interval): boolean {
  if (outer.lo) {
    if (!inner.lo) return false;
    const c = compareKeys(outer.lo, inner.lo);
    if (c > 0 || (c === 0 && !outer.loInclusive && inner.loInclusive)) return false;
  }
  if (outer.hi) {
    if (!inner.hi) return false;
    const c = compareKeys(outer.hi, inner.hi);
    if (c < 0 || (c === 0 && !outer.hiInclusive && inner.hiInclusive)) return false;
  }
  return true;
}

/** Whether a single key lies in the interval (the hot path of range checks). */
export function hasKey(i: Interval, key: VersionKey): boolean {
  if (i.lo) {
    const c = compareKeys(key, i.lo);
    if (c < 0 || (c === 0 && !i.loInclusive)) return false;
  }
  if (i.hi) {
    const c = compareKeys(key, i.hi);
    if (c > 0 || (c === 0 && !i.hiInclusive)) return false;
  }
  return true;
}
