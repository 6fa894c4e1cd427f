import type { VersionScheme } from '../scheme.ts';
import { nextPrefix } from '../scheme.ts';

/*
 * Dot-separated numbers (Ubuntu 22.04, CentOS 7.6, DM 8.1.3.100). Every version also names the
 * series that starts with it, so `7` admits 7.6 and `22.04` admits 22.04.5.
 */
const PATTERN = /^v?(\d+(?:\.\d+){0,7})$/;

export const dotted: VersionScheme = {
  name: 'dotted',
  description: 'dot-separated numbers (22.04, 7.6, 8.1.3.100)',
  lineDepth: 1,
  examples: ['22.04', '7.6', '8.1.3.100'],
  parse(input) {
    const m = PATTERN.exec(input.trim().toLowerCase());
    if (!m) return undefined;
    const parts = m[1]!.split('.').map(Number);
    if (parts.some((n) => !Number.isSafeInteger(n))) return undefined;
    // Leading zeros are kept in the text (Ubuntu "22.04"), not in the key.
    const text = m[1]!;
    return { scheme: 'dotted', text, key: parts, upper: nextPrefix(parts) };
  },
};
