/**
 * A version key is a tuple compared element by element. Numbers sort before strings; a missing
 * element sorts before any present one, so a prefix is lower than every key that extends it.
 * Every scheme maps its versions to keys, so ranges and sorting need no scheme-specific code.
 */
export type VersionKey = readonly (number | string)[];

export function compareKeys(a: VersionKey, b: VersionKey): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const xs = typeof x === 'string';
    const ys = typeof y === 'string';
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return 0;
}
