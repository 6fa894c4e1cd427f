import type { VersionScheme } from '../scheme.ts';

/*
 * openEuler: `YY.MM` with `LTS` and service packs (`22.03 LTS SP4`), innovation releases without
 * LTS (`24.09`). Order is by year, month, then SP. `22.03 LTS` is the base LTS release (SP0).
 * Accepts `22.03-LTS-SP3`, `22.03 lts sp3`, `openEuler 22.03 LTS`.
 */
const PATTERN = /^(?:openeuler[\s_-]*)?(\d{2})\.(\d{2})(?:[\s_-]*(lts))?(?:[\s_-]*sp[\s_-]*(\d+))?$/;

export const openeuler: VersionScheme = {
  name: 'openeuler',
  description: 'openEuler releases (22.03 LTS, 22.03 LTS SP4, 24.09)',
  lineDepth: 2,
  examples: ['22.03 LTS SP4', '24.03 LTS', '24.09'],
  parse(input) {
    const m = PATTERN.exec(input.trim().toLowerCase());
    if (!m) return undefined;
    const [, yy, mm, lts, sp] = m;
    const spNum = sp === undefined ? 0 : Number(sp);
    const isLts = lts !== undefined || sp !== undefined;
    const text = `${yy}.${mm}${isLts ? ' LTS' : ''}${spNum ? ` SP${spNum}` : ''}`;
    return { scheme: 'openeuler', text, key: [Number(yy), Number(mm), spNum] };
  },
};
