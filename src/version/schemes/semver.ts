import type { Version, VersionScheme } from '../scheme.ts';
import { nextPrefix } from '../scheme.ts';

/*
 * Plain semver, parsed strictly by the grammar of semver.org 2.0.0 (a leading `v` is accepted as
 * people type it). `0.13` names the series 0.13.*. Build metadata is kept in the text and ignored
 * in order. Pre-release identifiers compare as semver says: numeric ones as numbers, below
 * alphanumeric ones, and a longer list above its prefix; the version key does exactly that.
 */
const SERIES = /^v?(\d+)(?:\.(\d+))?$/;
const NUMERIC = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUMERIC}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
/** The suggested regular expression of semver.org 2.0.0 (inputs are short: versions at most 64 characters, ranges 512). */
const FULL = new RegExp(`^(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`);

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
    const m = FULL.exec(trimmed.replace(/^v/i, ''));
    if (!m) return undefined;
    const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
    const ids = m[4] ? m[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [];
    if (ids.some((id) => typeof id === 'number' && !Number.isSafeInteger(id))) return undefined;
    const pre = ids.length ? [0, ...ids] : [1];
    return {
      scheme: 'semver',
      text: `${major}.${minor}.${patch}${m[4] ? `-${m[4]}` : ''}${m[5] ? `+${m[5]}` : ''}`,
      key: [major, minor, patch, ...pre],
      ...(ids.length ? { pre: true } : {}),
    } satisfies Version;
  },
};
