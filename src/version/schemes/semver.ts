import parseSemver from 'semver/functions/parse.js';
import type { Version, VersionScheme } from '../scheme.ts';
import { nextPrefix } from '../scheme.ts';

/*
 * Plain semver, parsed strictly by the `semver` package (a leading `v` is accepted as people type
 * it). `0.13` names the series 0.13.*. Build metadata is kept in the text and ignored in order.
 */
const SERIES = /^v?(\d+)(?:\.(\d+))?$/;

export const semver: VersionScheme = {
  name: 'semver',
  description: 'Semantic versions (1.2.3, 1.2.3-rc.1)',
  lineDepth: 2,
  examples: ['0.13.0', '1.2.3-rc.1', '7.5'],
  parse(input) {
    const trimmed = input.trim();
    const series = SERIES.exec(trimmed);
    if (series) {
      const prefix = [Number(series[1])];
      if (series[2] !== undefined) prefix.push(Number(series[2]));
      if (prefix.some((n) => !Number.isSafeInteger(n))) return undefined;
      return { scheme: 'semver', text: prefix.join('.'), key: prefix, upper: nextPrefix(prefix) };
    }
    const parsed = parseSemver(trimmed.replace(/^v/i, ''), { loose: false });
    if (!parsed) return undefined;
    const pre = parsed.prerelease.length ? [0, ...parsed.prerelease] : [1];
    return {
      scheme: 'semver',
      text: parsed.version + (parsed.build.length ? `+${parsed.build.join('.')}` : ''),
      key: [parsed.major, parsed.minor, parsed.patch, ...pre],
      ...(parsed.prerelease.length ? { pre: true } : {}),
    } satisfies Version;
  },
};
