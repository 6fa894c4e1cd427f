import type { VersionScheme } from '../scheme.ts';
import { dotted } from './dotted.ts';
import { cann, hdk } from './huawei.ts';
import { kylin } from './kylin.ts';
import { openeuler } from './openeuler.ts';
import { pep440 } from './pep440.ts';
import { semver } from './semver.ts';
import { uos } from './uos.ts';

/** Every version scheme by name. Records name theirs in `scheme`. */
export const SCHEMES: Readonly<Record<string, VersionScheme>> = Object.freeze({
  semver,
  pep440,
  cann,
  hdk,
  kylin,
  openeuler,
  uos,
  dotted,
});

export const SCHEME_NAMES = Object.keys(SCHEMES) as readonly string[];
