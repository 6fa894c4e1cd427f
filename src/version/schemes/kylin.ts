import type { VersionScheme } from '../scheme.ts';

/*
 * Kylin (银河麒麟) server releases: `V10`, `V10 SP1` ... `V10 SP3`, `V11`, and builds of a service
 * pack such as `V10 SP3 2403` (year and month). `V10` is the base release (SP0), not the series;
 * a release without a build names itself and its builds, so `V10 SP3` admits `V10 SP3 2403`.
 * Accepts `v10-sp3`, `V10SP3`, `Kylin V10 SP3`, `V10 SP3-2403`.
 */
const PATTERN = /^(?:kylin[\s_-]*)?v(\d+)(?:[\s_-]*sp[\s_-]*(\d+))?(?:[\s_-]+(\d{4}))?$/;

export const kylin: VersionScheme = {
  name: 'kylin',
  description: 'Kylin releases (V10, V10 SP1, V10 SP3, V10 SP3 2403, V11)',
  lineDepth: 1,
  examples: ['V10 SP3', 'V10', 'V11', 'V10 SP3 2403'],
  parse(input) {
    const m = PATTERN.exec(input.trim().toLowerCase());
    if (!m) return undefined;
    const major = Number(m[1]);
    const sp = m[2] === undefined ? 0 : Number(m[2]);
    const text = `V${major}${sp || m[3] ? ` SP${sp}` : ''}${m[3] ? ` ${m[3]}` : ''}`.replace(' SP0 ', ' ');
    if (m[3]) return { scheme: 'kylin', text, key: [major, sp, Number(m[3])] };
    return { scheme: 'kylin', text, key: [major, sp], upper: [major, sp + 1] };
  },
};
