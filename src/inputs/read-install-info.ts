import { parseInstallInfo } from '../probe/parsers/versions.ts';
import { emptyReading, lineOf, splitLines, withoutLongLines, type Reading } from './types.ts';

/**
 * CANN's `ascend_toolkit_install.info` (`package_name=Ascend-cann-toolkit`, `version=8.0.0`): the
 * package name and its version.
 *
 * @example
 * readInstallInfo('package_name=Ascend-cann-toolkit\nversion=8.0.0\n').mentions[0] // { type: 'product', name: 'Ascend-cann-toolkit', version: '8.0.0', line: 2 }
 */
export function readInstallInfo(input: string): Reading {
  const out = emptyReading();
  const text = withoutLongLines(input);
  const lines = splitLines(text);
  const info = parseInstallInfo(text);
  const name = info.package_name;
  const version = info.version ?? info.Version;
  if (!name || !version) {
    out.unread.push({ line: 1, text: lines[0]?.trim() ?? '', expected: 'package_name=... and version=... lines' });
    return out;
  }
  out.mentions.push({ type: 'product', name, version, line: lineOf(lines, `version=${version}`) || lineOf(lines, version) || 1 });
  if (info.arch) out.mentions.push({ type: 'arch', name: info.arch, line: lineOf(lines, `arch=${info.arch}`) || 1 });
  return out;
}
