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
