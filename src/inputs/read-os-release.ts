import { parseOsRelease } from '../probe/parsers/os-release.ts';
import { emptyReading, lineOf, splitLines, withoutLongLines, type Reading } from './types.ts';

/**
 * `/etc/os-release`: the system as `ID` and `VERSION` (`openeuler`, `22.03 (LTS-SP4)`), then the
 * other ways it names itself (NAME, VERSION_ID, Kylin's PROJECT_CODENAME) as further readings.
 *
 * @example
 * readOsRelease('NAME="Ubuntu"\nVERSION="22.04.5 LTS (Jammy Jellyfish)"\nID=ubuntu\nVERSION_ID="22.04"\n').mentions[0].name // 'ubuntu'
 */
export function readOsRelease(input: string): Reading {
  const out = emptyReading();
  const text = withoutLongLines(input);
  const lines = splitLines(text);
  const os = parseOsRelease(text);
  const name = os.ID ?? os.NAME;
  if (!name) {
    out.unread.push({ line: 1, text: lines[0]?.trim() ?? '', expected: 'ID=... or NAME=... (os-release format)' });
    return out;
  }
  const version = os.VERSION ?? os.VERSION_ID;
  const also = [
    { name, ...(os.VERSION_ID ? { version: os.VERSION_ID } : {}) },
    ...(os.NAME ? [{ name: os.NAME, ...(version ? { version } : {}) }, { name: os.NAME, ...(os.VERSION_ID ? { version: os.VERSION_ID } : {}) }] : []),
    ...(os.PROJECT_CODENAME ? [{ name, version: os.PROJECT_CODENAME }] : []),
    { name },
  ];
  const at = lineOf(lines, os.VERSION !== undefined ? 'VERSION=' : 'VERSION_ID=') || lineOf(lines, 'ID=') || 1;
  out.mentions.push({ type: 'product', name, ...(version ? { version } : {}), also, line: at });
  return out;
}
