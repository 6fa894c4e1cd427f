import { emptyReading, shown, splitLines, tooLong, type Reading } from './types.ts';

/**
 * `pip list` columns: a `Package  Version` header, a dashed rule, then `name  version  [location]`
 * rows; without the header (`pip list | grep torch`) every line is a row. Lines before the
 * header other than pip's notices are unread.
 *
 * @example
 * readPipList('Package Version\n------- -------\ntorch   2.1.0\n').mentions[0] // { type: 'package', name: 'torch', version: '2.1.0', line: 3 }
 */
export function readPipList(text: string): Reading {
  const out = emptyReading();
  let inRows = !/^\s*Package\s+Version\b/m.test(text);
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (!t) return;
    const long = tooLong(t, line);
    if (long) return void out.unread.push(long);
    if (/^Package\s+Version\b/.test(t)) return;
    if (/^-+(\s+-+)+$/.test(t)) return void (inRows = true);
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s+(\S+)(?:\s+\S.*)?$/.exec(t);
    if (inRows && m) return void out.mentions.push({ type: 'package', name: m[1]!, version: m[2]!, line });
    if (/^(?:WARNING|DEPRECATION|\[notice\])/i.test(t)) return void out.skipped.push({ line, text: shown(t), why: 'a pip notice' });
    out.unread.push({ line, text: shown(t), expected: inRows ? 'a row "NAME  VERSION"' : 'the header "Package  Version" and its dashed rule' });
  });
  return out;
}

/**
 * `pip list --format=json`: an array of `{ "name": ..., "version": ... }`. Every entry is on line 1
 * when the list is printed on one line (pip does); otherwise the line where its name appears.
 *
 * @example
 * readPipJson('[{"name": "torch", "version": "2.1.0"}]').mentions[0] // { type: 'package', name: 'torch', version: '2.1.0', line: 1 }
 */
export function readPipJson(text: string): Reading {
  const out = emptyReading();
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (e) {
    out.unread.push({ line: 1, text: shown(text), expected: `a JSON array of {"name", "version"} (${shown(String((e as Error).message), 80)})` });
    return out;
  }
  if (!Array.isArray(list)) {
    out.unread.push({ line: 1, text: shown(text), expected: 'a JSON array of {"name", "version"}' });
    return out;
  }
  const lines = splitLines(text);
  let at = 0;
  list.forEach((entry: unknown, n) => {
    const e = entry as { name?: unknown; version?: unknown } | null;
    const name = typeof e?.name === 'string' ? e.name : undefined;
    // Entries appear in order: search for each name from where the last one was found (linear).
    let line = 1;
    if (name && lines.length > 1) {
      for (let i = at; i < lines.length; i++) {
        if (lines[i]!.includes(`"${name}"`)) {
          line = i + 1;
          at = i;
          break;
        }
      }
    }
    if (name && typeof e?.version === 'string') out.mentions.push({ type: 'package', name, version: e.version, line });
    else out.unread.push({ line, text: shown(JSON.stringify(entry) ?? String(entry)), expected: `entry ${n} to be {"name": "...", "version": "..."}` });
  });
  return out;
}
