import { StackfitError } from '../errors.ts';
import { parseRange, type Range } from '../version/range.ts';

const cache = new Map<string, Range | null>();

/** Parses a range once per scheme and text; undefined when it does not parse. */
export function cachedRange(scheme: string | undefined, text: string): Range | undefined {
  if (!scheme) return undefined;
  const key = `${scheme}\u0000${text}`;
  let r = cache.get(key);
  if (r === undefined) {
    try {
      r = parseRange(scheme, text);
    } catch {
      r = null;
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(key, r);
  }
  return r ?? undefined;
}

const checked = new Map<string, Range | StackfitError>();

/**
 * Parses a range once per scheme and text, keeping the error of one that does not parse, for the
 * linter (which reports the error, and meets the same range in many rules and table cells).
 */
export function rangeOrError(scheme: string, text: string): Range | StackfitError {
  const key = `${scheme}\u0000${text}`;
  let r = checked.get(key);
  if (r === undefined) {
    try {
      r = parseRange(scheme, text);
    } catch (e) {
      if (!(e instanceof StackfitError)) throw e;
      r = e;
    }
    if (checked.size > 10_000) checked.clear();
    checked.set(key, r);
  }
  return r;
}
