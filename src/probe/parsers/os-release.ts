import { lines } from './text.ts';

/**
 * `/etc/os-release` (freedesktop.org format): `KEY=value` lines, values optionally in single or
 * double quotes with backslash escapes; comments and blank lines ignored.
 */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const line of lines(text)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!.trim();
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\([\\"$`])/g, '$1');
    }
    if (!(m[1]! in out)) out[m[1]!] = value;
  }
  return out;
}

/**
 * UnionTech's `/etc/os-version` (INI, `[Version]` section): the edition that os-release leaves
 * out, as `MajorVersion`, `MinorVersion` and `EditionName`. Localized keys (`Key[zh_CN]`) skipped.
 */
export function parseOsVersion(text: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const line of lines(text)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (m && !(m[1]! in out)) out[m[1]!] = m[2]!.trim();
  }
  return out;
}
