/**
 * Compiled range checks against semver.satisfies on the same semver inputs, measured in one run.
 * Prints ops/s of each and the ratio (higher is better for stackfit).
 */
import semver from 'semver';
import { parseRange, parseVersion, satisfies } from 'stackfit';
import { measure } from './measure.mjs';

const RANGES = ['>=0.9.0 <0.10.0', '>=1.2.3 <2.0.0 || >=3.0.0', '1.2.3 - 1.4.0', '>=7.5.0 <8.0.0 || 8.1.x'.replace('8.1.x', '8.1'), '<0.13.0'];
const VERSIONS = [];
for (let a = 0; a < 10; a++) for (let b = 0; b < 14; b++) for (const p of [0, 1, 5]) VERSIONS.push(`${a}.${b}.${p}`);

const compiled = RANGES.map((r) => parseRange('semver', r));
const parsed = VERSIONS.map((v) => parseVersion('semver', v));
const semverRanges = RANGES.map((r) => new semver.Range(r));

// Same answers first: the benchmark compares equal work.
for (let i = 0; i < RANGES.length; i++) {
  for (let j = 0; j < VERSIONS.length; j++) {
    const ours = satisfies(compiled[i], parsed[j]) === 'yes';
    const theirs = semver.satisfies(VERSIONS[j], semverRanges[i]);
    if (ours !== theirs) throw new Error(`disagree on ${VERSIONS[j]} in ${RANGES[i]}: stackfit ${ours}, semver ${theirs}`);
  }
}

const checks = RANGES.length * VERSIONS.length;
const base = measure('semver.satisfies (Range objects reused)', () => {
  let n = 0;
  for (const r of semverRanges) for (const v of VERSIONS) if (semver.satisfies(v, r)) n++;
  return n;
}, checks);
const semverParsed = VERSIONS.map((v) => new semver.SemVer(v));
const baseParsed = measure('semver Range.test (versions pre-parsed too)', () => {
  let n = 0;
  for (const r of semverRanges) for (const v of semverParsed) if (r.test(v)) n++;
  return n;
}, checks);
const ours = measure('stackfit satisfies (compiled ranges, parsed versions)', () => {
  let n = 0;
  for (const r of compiled) for (const v of parsed) if (satisfies(r, v) === 'yes') n++;
  return n;
}, checks);
console.log(`range checks: stackfit is ${(ours.opsPerSec / base.opsPerSec).toFixed(2)}x semver.satisfies and ${(ours.opsPerSec / baseParsed.opsPerSec).toFixed(2)}x Range.test on pre-parsed versions (${checks} checks per round)`);
export const results = [
  { name: 'range check vs semver.satisfies', ratio: ours.opsPerSec / base.opsPerSec, base, ours },
  { name: 'range check vs semver Range.test (pre-parsed)', ratio: ours.opsPerSec / baseParsed.opsPerSec, base: baseParsed, ours },
];
