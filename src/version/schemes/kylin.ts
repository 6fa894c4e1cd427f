import type { VersionScheme } from '../scheme.ts';

/*
 * Kylin (银河麒麟) server releases: `V10`, `V10 SP1` ... `V10 SP3`, `V11`. `V10` is the base release
 * (SP0), not the series. Accepts `v10-sp3`, `V10SP3`, `Kylin V10 SP3`.
 */
const PATTERN = /^(?:kylin[\s_-]*)?v(\d+)(?:[\s_-]*sp[\s_-]*(\d+))?$/;

export const kylin: VersionScheme = {
  name: 'kylin',
  description: 'Kylin releases (V10, V10 SP1, V10 SP3, V11)',
  lineDepth: 1,
  examples: ['V10 SP3', 'V10', 'V11'],
  parse(input) {
    const m = PATTERN.exec(input.trim().toLowerCase());
    if (!m) return undefined;
    const major = Number(m[1]);
    const sp = m[2] === undefined ? 0 : Number(m[2]);
    return { scheme: 'kylin', text: `V${major}${sp ? ` SP${sp}` : ''}`, key: [major, sp] };
  },
};
