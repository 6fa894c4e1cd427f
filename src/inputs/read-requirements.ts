import { emptyReading, shown, splitLines, tooLong, type Reading } from './types.ts';

/** `name[extras] OP version ; marker` as pip reads a requirement line (PEP 508, the parts people use). */
const REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(?:(===?|~=|!=|<=|>=|<|>)\s*([^\s;,#]+)((?:\s*,\s*(?:===?|~=|!=|<=|>=|<|>)\s*[^\s;,#]+)*))?\s*(?:;[^#]*)?(?:#.*)?$/;
/** `name @ url` direct references. */
const DIRECT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*@\s*\S+/;
/** pip options a requirements file may hold (`-r other.txt`, `--index-url ...`, `-e path`). */
const OPTION = /^(?:-[rcef]\s*\S|--(?:requirement|constraint|index-url|extra-index-url|find-links|trusted-host|pre|no-binary|only-binary|prefer-binary|editable|no-index|use-feature|require-hashes)\b)/;

/**
 * `requirements.txt`, `constraints.txt` and `pip freeze` output: one requirement a line. A pinned
 * line (`torch==2.1.0`, `torch_npu===2.1.0.post10`) gives a version; any other requirement gives the
 * name alone and says why. Options and comments are skipped; a line that is none of these is unread.
 *
 * @example
 * readRequirements('torch==2.1.0\ntorch_npu==2.1.0.post10\n').mentions // [{ type: 'package', name: 'torch', version: '2.1.0', line: 1 }, ...]
 */
export function readRequirements(text: string): Reading {
  const out = emptyReading();
  splitLines(text).forEach((raw, i) => readRequirementLine(raw.trim(), i + 1, out));
  return out;
}

/** Reads one requirement line into `out` (shared with the pip section of conda's environment.yml). */
export function readRequirementLine(t: string, line: number, out: Reading): void {
    if (!t || t.startsWith('#')) return;
    const long = tooLong(t, line);
    if (long) return void out.unread.push(long);
    if (OPTION.test(t)) return void out.skipped.push({ line, text: shown(t), why: 'a pip option, not a requirement' });
    const m = REQUIREMENT.exec(t);
    if (m) {
      const [, name, op, version, more] = m;
      if ((op === '==' || op === '===') && version && !more && !version.includes('*')) out.mentions.push({ type: 'package', name: name!, version, line });
      else {
        const spec = shown(t.slice(name!.length).replace(/[;#].*$/, '').trim(), 40);
        const range = op ? boundsOf(`${op}${version}${more ?? ''}`) : undefined;
        out.mentions.push({ type: 'package', name: name!, line, ...(op ? { unpinned: spec } : {}), ...(range ? { range } : {}) });
      }
      return;
    }
    const d = DIRECT.exec(t);
    if (d) {
      return void out.mentions.push({ type: 'package', name: d[1]!, line, unpinned: 'a direct reference' });
    }
    out.unread.push({ line, text: shown(t), expected: 'a requirement such as "torch==2.1.0", a pip option or a # comment' });
}

/**
 * A specifier made only of bounds (`>=2.1,<2.3`) as a stack item's range (`>=2.1 <2.3`); undefined
 * for one with `!=`, `~=`, `==` or a wildcard, which a range of the data does not say.
 */
function boundsOf(spec: string): string | undefined {
  const parts = spec.split(',').map((x) => x.trim());
  return parts.every((x) => /^(?:>=|<=|>|<)\s*[^\s*<>=!~]+$/.test(x)) ? parts.map((x) => x.replace(/\s+/g, '')).join(' ') : undefined;
}
