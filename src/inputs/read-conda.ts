import { readRequirementLine } from './read-requirements.ts';
import { emptyReading, shown, splitLines, tooLong, type Reading } from './types.ts';

/** A conda match spec as environment files write it: `[channel::]name[=version[=build]]`, `name==version`, `name version build`. */
const CONDA_SPEC = /^(?:[\w.-]+::)?([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:(==?|>=|<=|>|<|~=|!=|\s)\s*([^\s=,|*]+)(\*)?(?:[=\s]\S+)?)?$/;

/**
 * conda `environment.yml`: the `dependencies:` list (`- python=3.10`, `- pytorch=2.1.0=py3.10_0`)
 * and its `- pip:` list (pip requirements). Other top-level keys (`name`, `channels`, `prefix`) are
 * skipped; a list entry that is not a spec is unread.
 *
 * @example
 * readCondaEnv('dependencies:\n  - python=3.10\n').mentions[0] // { type: 'package', name: 'python', version: '3.10', line: 2 }
 */
export function readCondaEnv(text: string): Reading {
  const out = emptyReading();
  let section: string | undefined;
  let pipIndent = -1;
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    const long = tooLong(raw, line);
    if (long) return void out.unread.push(long);
    const t = raw.replace(/\s+#.*$/, '').trimEnd();
    if (!t.trim() || t.trim().startsWith('#')) return;
    const indent = t.length - t.trimStart().length;
    const top = /^([A-Za-z_][\w-]*):(.*)$/.exec(t);
    if (top && indent === 0) {
      section = top[1];
      pipIndent = -1;
      return;
    }
    if (section !== 'dependencies') return;
    const item = /^-\s*(.*)$/.exec(t.trim());
    if (!item) return void out.unread.push({ line, text: shown(t), expected: 'a list entry "- NAME=VERSION" under dependencies' });
    const spec = item[1]!.replace(/^["']|["']$/g, '').trim();
    if (pipIndent >= 0 && indent > pipIndent) return readRequirementLine(spec, line, out);
    pipIndent = -1;
    if (/^pip:\s*$/.test(spec)) return void (pipIndent = indent);
    const m = CONDA_SPEC.exec(spec);
    if (!m) return void out.unread.push({ line, text: shown(t), expected: 'a conda spec such as "python=3.10" or "pytorch=2.1.0=py3.10_0"' });
    const [, name, op, version, star] = m;
    const exact = version && (op === '=' || op === '==' || (op !== undefined && op.trim() === ''));
    if (exact && !star) out.mentions.push({ type: 'package', name: name!, version: version!, line });
    else if (exact && star) out.mentions.push({ type: 'package', name: name!, version: version!.replace(/\.$/, ''), line });
    else {
      out.mentions.push({ type: 'package', name: name!, line, ...(op ? { unpinned: shown(spec.slice(name!.length), 40) } : {}) });
    }
  });
  return out;
}

/**
 * `conda list`: `# packages in environment at ...`, a `# Name  Version  Build  Channel` header,
 * then rows `name  version  build  [channel]`.
 *
 * @example
 * readCondaList('# Name Version Build Channel\npython 3.10.13 h955ad1f_0\n').mentions[0] // { type: 'package', name: 'python', version: '3.10.13', line: 2 }
 */
export function readCondaList(text: string): Reading {
  const out = emptyReading();
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (!t || t.startsWith('#')) return;
    const long = tooLong(t, line);
    if (long) return void out.unread.push(long);
    const m = /^([A-Za-z0-9_][A-Za-z0-9._-]*)\s+(\S+)(?:\s+\S+){0,2}$/.exec(t);
    if (m) out.mentions.push({ type: 'package', name: m[1]!, version: m[2]!, line });
    else out.unread.push({ line, text: shown(t), expected: 'a row "NAME  VERSION  BUILD  [CHANNEL]"' });
  });
  return out;
}
