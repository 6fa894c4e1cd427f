import { StackfitError } from '../errors.ts';
import { MAX_VERSION_LENGTH } from './limits.ts';
import type { Version, VersionScheme } from './scheme.ts';
import { SCHEMES, SCHEME_NAMES } from './schemes/index.ts';

/** Looks up a scheme; throws `unknown-scheme` for a name that is not one. */
export function getScheme(name: string): VersionScheme {
  const scheme = Object.hasOwn(SCHEMES, name) ? SCHEMES[name] : undefined;
  if (!scheme) {
    throw new StackfitError({
      code: 'unknown-scheme',
      message: `unknown version scheme "${name}"; expected one of ${SCHEME_NAMES.join(', ')}`,
    });
  }
  return scheme;
}

/**
 * Parses a version under a scheme, forgiving the way people type (`8.0.rc3`, `v0.13.0`,
 * `22.03-LTS-SP3`). Throws `bad-version` naming the scheme and a valid example.
 *
 * @example
 * parseVersion('cann', '8.0.rc3').text // '8.0.RC3'
 */
export function parseVersion(schemeName: string, input: string): Version {
  const scheme = getScheme(schemeName);
  const parsed = input.length <= MAX_VERSION_LENGTH ? scheme.parse(input) : undefined;
  if (!parsed) {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    throw new StackfitError({
      code: 'bad-version',
      message: `"${shown}" is not a ${scheme.name} version (${scheme.description}); for example "${scheme.examples[0]}"`,
    });
  }
  return parsed;
}

/** Like `parseVersion` but returns undefined instead of throwing. */
export function tryParseVersion(schemeName: string, input: string): Version | undefined {
  if (input.length > MAX_VERSION_LENGTH || !Object.hasOwn(SCHEMES, schemeName)) return undefined;
  return SCHEMES[schemeName]!.parse(input);
}

/** Canonical text of a version: `formatVersion('openeuler', '22.03-lts-sp3')` is `22.03 LTS SP3`. */
export function formatVersion(schemeName: string, input: string): string {
  return parseVersion(schemeName, input).text;
}
