import type { VersionScheme } from '../scheme.ts';

/*
 * UOS (统信) server releases: `V20`, editions by build number and edition letter `V20 1050e`,
 * `V20 1060e`, `V20 1070a`, updates of an edition `V20 1050u2e`, and `V20 SP1`. Order: major,
 * build number, edition letter, update, SP. An edition without an update names itself and its
 * updates, so `V20 1050e` admits `V20 1050u2e`; `V20` alone is the base release.
 * Accepts `uos-v20-1050e`, `V20(1050e)`, `UOS20 1020e`.
 */
const PATTERN = /^(?:uos[\s_-]*)?v?(\d{2})(?:[\s_-]*\(?(\d{4})(?:u(\d+))?([a-z]?)\)?)?(?:[\s_-]*sp[\s_-]*(\d+))?$/;

export const uos: VersionScheme = {
  name: 'uos',
  description: 'UOS releases (V20, V20 1050e, V20 1050u2e, V20 1070, V20 SP1)',
  lineDepth: 1,
  examples: ['V20 1050e', 'V20', 'V20 1070', 'V20 1050u2e'],
  parse(input) {
    const m = PATTERN.exec(input.trim().toLowerCase());
    if (!m) return undefined;
    const [, major, build, update, edition, sp] = m;
    const spNum = sp === undefined ? 0 : Number(sp);
    const ed = edition ? edition.charCodeAt(0) : 0;
    const up = update === undefined ? 0 : Number(update);
    const text = `V${Number(major)}${build ? ` ${build}${update !== undefined ? `u${up}` : ''}${edition ?? ''}` : ''}${spNum ? ` SP${spNum}` : ''}`;
    const key = [Number(major), build ? Number(build) : 0, ed, up, spNum];
    if (build && update === undefined && !spNum) return { scheme: 'uos', text, key, upper: [Number(major), Number(build), ed + 1] };
    return { scheme: 'uos', text, key };
  },
};
