import type { VersionScheme } from '../scheme.ts';
import { dotted } from './dotted.ts';
import { cann, hdk } from './huawei.ts';
import { kylin } from './kylin.ts';
import { openeuler } from './openeuler.ts';
import { pep440 } from './pep440.ts';
import { semver } from './semver.ts';
import { uos } from './uos.ts';

/** Longest run of digits a version number may have: longer numbers would not compare exactly. */
const MAX_DIGITS = 15;

/** True when some run of digits in the text is longer than MAX_DIGITS (linear scan). */
function hasHugeNumber(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run > MAX_DIGITS) return true;
  }
  return false;
}

/** A scheme that refuses numbers it could not compare exactly, instead of rounding them. */
function exact(scheme: VersionScheme): VersionScheme {
  return Object.freeze({ ...scheme, parse: (input: string) => (hasHugeNumber(input) ? undefined : scheme.parse(input)) });
}

/** Every version scheme by name (no prototype: names come from data). Records name theirs in `scheme`. */
export const SCHEMES: Readonly<Record<string, VersionScheme>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, VersionScheme>, {
    semver: exact(semver),
    pep440: exact(pep440),
    cann: exact(cann),
    hdk: exact(hdk),
    kylin: exact(kylin),
    openeuler: exact(openeuler),
    uos: exact(uos),
    dotted: exact(dotted),
  }),
);

export const SCHEME_NAMES = Object.keys(SCHEMES) as readonly string[];
