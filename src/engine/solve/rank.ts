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

const releaseIndex = new WeakMap<object, ReadonlyMap<string, number>>();

/** How many releases of its product are newer than a chosen one (0 for the newest); memoized per release list. */
function releasesNewer(matrix: Matrix, c: ResolvedComponent): number {
  const list = matrix.parsedReleases(c.id);
  let index = releaseIndex.get(list);
  if (!index) releaseIndex.set(list, (index = new Map(list.map((x, i) => [x.release.version, list.length - 1 - i]))));
  return c.version ? (index.get(c.version) ?? 0) : 0;
}

export function rankFound(matrix: Matrix, found: readonly Found[], prefer: 'domestic' | undefined): Found[] {
  // One sort key per stack, computed once: the comparisons below only compare numbers.
  const keyed = found.map((f) => {
    let domestic = 0;
    let pre = 0;
    let age = 0;
    for (const c of f.components) {
      if (isDomestic(c)) domestic++;
      if (isPrerelease(c)) pre++;
      age += releasesNewer(matrix, c);
    }
    let eol = 0;
    for (const i of f.result.issues) if (i.code === 'eol') eol++;
    return { f, key: [f.result.verdict === 'fits' ? 0 : 1, prefer === 'domestic' ? -domestic : 0, pre, weakest(f), eol, age] };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  return keyed.map((k) => k.f);
}
