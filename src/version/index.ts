export { compareKeys, type VersionKey } from './key.ts';
export type { Version, VersionScheme } from './scheme.ts';
export { SCHEMES, SCHEME_NAMES } from './schemes/index.ts';
export { getScheme, parseVersion, tryParseVersion, formatVersion } from './parse-version.ts';
export { compareVersions } from './compare-versions.ts';
export { parseRange, satisfies, isAnyRange, type Range, type Satisfaction } from './range.ts';
