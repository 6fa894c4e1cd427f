import { compareKeys } from './key.ts';
import { parseVersion } from './parse-version.ts';
import type { Version } from './scheme.ts';

/**
 * Compares two versions of one scheme: negative, zero or positive.
 *
 * @example
 * compareVersions('cann', '8.0.RC3', '8.0.0') // < 0
 */
export function compareVersions(scheme: string, a: string | Version, b: string | Version): number {
  const x = typeof a === 'string' ? parseVersion(scheme, a) : a;
  const y = typeof b === 'string' ? parseVersion(scheme, b) : b;
  return compareKeys(x.key, y.key);
}
