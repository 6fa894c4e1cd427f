import { StackfitError } from '../errors.ts';
import { EVERYTHING, contains, hasKey, intersect, isEmpty, versionInterval, type Interval } from './interval.ts';
import { MAX_RANGE_LENGTH } from './limits.ts';
import { getScheme } from './parse-version.ts';
import type { VersionKey } from './key.ts';
import type { Version } from './scheme.ts';

/*
 * Ranges, npm-like, over any scheme:
 *   range      := set ( '||' set )*
 *   set        := '*' | '' | version ' - ' version | comparator+
 *   comparator := op? version        op := '>=' | '>' | '<=' | '<' | '='
 * A version may contain spaces (`22.03 LTS SP1`); it runs until the next operator.
 * A series version (`3.11`, `8.0`) stands for the whole series: `=3.11` and `3.11` admit 3.11.x,
 * `<3.12` excludes every 3.12.* (pre-releases too), `<=3.11` admits every 3.11.*, `>3.11` starts at
 * 3.12. Otherwise ranges follow the scheme's total order: `>=8.0.RC1 <8.1.RC1` admits 8.0.RC3 and
 * 8.0.0; pre-releases are not treated specially.
 */
export interface Range {
  readonly scheme: string;
  /** The range text as written. */
  readonly text: string;
  /** Union of intervals. */
  readonly intervals: readonly Interval[];
  /**
   * Versions the range names as members or inclusive bounds (not exclusive upper bounds such as
   * `<2.2.0`, which need not be releases), in order of appearance.
   */
  readonly versions: readonly Version[];
}

/** How a range relates to a version: `maybe` when a series only partly overlaps the range. */
export type Satisfaction = 'yes' | 'no' | 'maybe';

const COMPARATOR = /\s*(>=|<=|>|<|=)?\s*([^<>=]+)/y;
/** What makes a range more than one version: an operator, `||`, or ` - `. */
const OPERATOR = /[<>=|]|\s-\s/;

function comparatorInterval(op: string | undefined, v: Version): Interval {
  const series = versionInterval(v);
  switch (op) {
    case '>=':
      return { lo: v.key, loInclusive: true, hiInclusive: false };
    case '>':
      return v.upper ? { lo: v.upper, loInclusive: true, hiInclusive: false } : { lo: v.key, loInclusive: false, hiInclusive: false };
    case '<':
      return { hi: v.key, hiInclusive: false, loInclusive: false };
    case '<=':
      return v.upper ? { hi: v.upper, hiInclusive: false, loInclusive: false } : { hi: v.key, hiInclusive: true, loInclusive: false };
    default:
      return series;
  }
}

function badRange(text: string, scheme: string, why: string): StackfitError {
  return new StackfitError({
    code: 'bad-range',
    message: `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}" is not a valid ${scheme} range: ${why}`,
    hint: 'Use comparators (>=8.0.RC1 <8.1.RC1), a - b, || or *.',
  });
}

function parseSet(schemeName: string, text: string, whole: string, named: Version[]): Interval {
  const set = text.trim();
  if (set === '' || set === '*') return EVERYTHING;
  const scheme = getScheme(schemeName);
  const parse = (s: string, anchor = true): Version => {
    const v = scheme.parse(s.trim());
    if (!v) throw badRange(whole, schemeName, `"${s.trim()}" is not a ${schemeName} version (for example "${scheme.examples[0]}")`);
    if (anchor) named.push(v);
    return v;
  };
  const hyphen = set.split(/\s+-\s+/);
  if (hyphen.length === 2) {
    const a = parse(hyphen[0]!);
    const b = parse(hyphen[1]!);
    return b.upper
      ? { lo: a.key, loInclusive: true, hi: b.upper, hiInclusive: false }
      : { lo: a.key, loInclusive: true, hi: b.key, hiInclusive: true };
  }
  if (hyphen.length > 2) throw badRange(whole, schemeName, 'more than one " - " in a set');
  let acc: Interval = EVERYTHING;
  COMPARATOR.lastIndex = 0;
  let consumed = 0;
  for (let m = COMPARATOR.exec(set); m; m = COMPARATOR.exec(set)) {
    consumed = COMPARATOR.lastIndex;
    acc = intersect(acc, comparatorInterval(m[1], parse(m[2]!, m[1] !== '<')));
    if (consumed >= set.length) break;
  }
  if (consumed < set.length) throw badRange(whole, schemeName, `cannot read "${set.slice(consumed)}"`);
  return acc;
}

/**
 * Parses a range under a scheme. Throws `bad-range` with the part that could not be read.
 *
 * @example
 * satisfies(parseRange('cann', '>=8.0.RC1 <8.1.RC1'), parseVersion('cann', '8.0.0')) // 'yes'
 */
export function parseRange(scheme: string, text: string): Range {
  if (text.length > MAX_RANGE_LENGTH) throw badRange(text, scheme, `longer than ${MAX_RANGE_LENGTH} characters`);
  // Most ranges in the data are one version (a table cell, `2.1.0.post10`): read it as the set
  // below would, without splitting and scanning for operators.
  if (!OPERATOR.test(text)) {
    const one = text.trim();
    if (one !== '' && one !== '*') {
      const v = getScheme(scheme).parse(one);
      if (!v) throw badRange(text, scheme, `"${one}" is not a ${scheme} version (for example "${getScheme(scheme).examples[0]}")`);
      return { scheme, text, intervals: [versionInterval(v)], versions: [v] };
    }
  }
  const versions: Version[] = [];
  const intervals = text.split('||').map((part) => parseSet(scheme, part, text, versions));
  return { scheme, text, intervals: intervals.filter((i) => !isEmpty(i)), versions };
}

/**
 * Whether a version (or series, or "no version given" as undefined) is in a range: `yes` when all
 * of it is, `no` when none of it is, `maybe` when a series or a missing version overlaps it.
 */
export function satisfies(range: Range, version: Version | undefined): Satisfaction {
  // Plain loops, no closures: the engine asks this for every table cell and rule target it meets,
  // much of it in code not yet optimized, where each closure would be an allocation.
  const intervals = range.intervals;
  if (!version) {
    for (let n = 0; n < intervals.length; n++) if (!intervals[n]!.lo && !intervals[n]!.hi) return 'yes';
    return intervals.length ? 'maybe' : 'no';
  }
  if (!version.upper) {
    if (anyHasKey(intervals, version.key)) return 'yes';
    // PEP 440: a range that names no local label matches `2.7.1+cpu` as the public 2.7.1.
    const publicKey = version.publicKey;
    if (publicKey && !namesLocal(range) && anyHasKey(intervals, publicKey)) return 'yes';
    // A development build of a release the range admits is neither in nor out: say maybe, not no.
    const devOf = version.devOf;
    if (devOf && anyHasKey(intervals, devOf)) return 'maybe';
    return 'no';
  }
  const v = versionInterval(version);
  for (let n = 0; n < intervals.length; n++) if (contains(intervals[n]!, v)) return 'yes';
  for (let n = 0; n < intervals.length; n++) if (!isEmpty(intersect(intervals[n]!, v))) return 'maybe';
  return 'no';
}

function anyHasKey(intervals: Range['intervals'], key: VersionKey): boolean {
  for (let n = 0; n < intervals.length; n++) if (hasKey(intervals[n]!, key)) return true;
  return false;
}

function namesLocal(range: Range): boolean {
  for (let n = 0; n < range.versions.length; n++) if (range.versions[n]!.local) return true;
  return false;
}

/** Whether a range admits every version (`*`). */
export function isAnyRange(range: Range): boolean {
  return range.intervals.some((i) => !i.lo && !i.hi);
}
