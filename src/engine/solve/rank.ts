import type { Matrix } from '../../data/matrix.ts';
import { isDomestic } from '../origin.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../../schema/constants.ts';
import type { ResolvedComponent } from '../types.ts';
import type { Found } from './search.ts';

/*
 * How solve orders the stacks it found, best first:
 *   1. fits before unknown;
 *   2. with `prefer: domestic`, more layers from vendors of Chinese origin;
 *   3. fewer pre-releases (a release whose channel is rc/beta/alpha/dev, or whose version the
 *      scheme marks as one: PEP 440 `rc1`, semver `-RC1`, CANN `.alpha003`): stable and LTS first;
 *   4. stronger weakest evidence among the supported pairs;
 *   5. fewer releases past end of life on the query date;
 *   6. newer: fewer releases between each chosen one and its product's newest.
 */

const PRE_CHANNELS = new Set(['rc', 'beta', 'alpha', 'dev']);

/** Whether a chosen release is a pre-release by its channel, or by its version when no channel is recorded. */
export function isPrerelease(c: ResolvedComponent): boolean {
  const channel = c.release?.channel;
  if (channel) return PRE_CHANNELS.has(channel);
  return Boolean(c.parsed?.pre);
}


const rank = (e: Evidence | undefined) => (e ? EVIDENCE_LEVELS.indexOf(e) : EVIDENCE_LEVELS.length);

function weakest(f: Found): number {
  let w = -1;
  for (const p of f.result.pairs) if (p.status === 'supported') w = Math.max(w, rank(p.evidence));
  return w;
}

export function rankFound(matrix: Matrix, found: readonly Found[], prefer: 'domestic' | undefined): Found[] {
  const ageOf = new Map<Found, number>();
  const age = (f: Found) => {
    let n = ageOf.get(f);
    if (n === undefined) {
      n = f.components.reduce((sum, c) => {
        const rel = matrix.parsedReleases(c.id);
        const i = rel.findIndex((x) => x.release.version === c.version);
        return sum + (i < 0 ? 0 : rel.length - 1 - i);
      }, 0);
      ageOf.set(f, n);
    }
    return n;
  };
  const domestic = (f: Found) => f.components.filter(isDomestic).length;
  const pre = (f: Found) => f.components.filter(isPrerelease).length;
  const eol = (f: Found) => f.result.issues.filter((i) => i.code === 'eol').length;
  const verdict = (f: Found) => (f.result.verdict === 'fits' ? 0 : 1);
  return [...found].sort(
    (a, b) =>
      verdict(a) - verdict(b) ||
      (prefer === 'domestic' ? domestic(b) - domestic(a) : 0) ||
      pre(a) - pre(b) ||
      weakest(a) - weakest(b) ||
      eol(a) - eol(b) ||
      age(a) - age(b),
  );
}
