import type { VersionScheme } from '../scheme.ts';

/*
 * UOS (统信) server releases: `V20`, editions by build number `V20 1050e`, `V20 1060e`, `V20 1070`,
 * and `V20 SP1`. Order: major, then build number, then edition letter, then SP.
 * Accepts `uos-v20-1050e`, `V20(1050e)`, `UOS20 1020e`.
 */
const PATTERN = /^(?:uos[\s_-]*)?v?(\d{2})(?:[\s_-]*\(?(\d{4})([a-z]?)\)?)?(?:[\s_-]*sp[\s_-]*(\d+))?$/;

export const uos: VersionScheme = {
  name: 'uos',
  description: 'UOS releases (V20, V20 1050e, V20 1070, V20 SP1)',
  lineDepth: 1,
  examples: ['V20 1050e', 'V20', 'V20 1070'],
  parse(input) {
    const m = PATTERN.exec(input.trim().toLowerCase());
    if (!m) return undefined;
    const [, major, build, edition, sp] = m;
    const spNum = sp === undefined ? 0 : Number(sp);
    const text = `V${Number(major)}${build ? ` ${build}${edition ?? ''}` : ''}${spNum ? ` SP${spNum}` : ''}`;
    return { scheme: 'uos', text, key: [Number(major), build ? Number(build) : 0, edition ?? '', spNum] };
  },
};
