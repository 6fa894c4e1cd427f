import { keyValues, lines } from './text.ts';

/** `key=value` version files: CANN's `ascend_toolkit_install.info`, the NPU driver's `version.info`. */
export function parseInstallInfo(text: string): Record<string, string> {
  return Object.fromEntries(keyValues(text, '='));
}

/**
 * `musa_version_query`: `component:` lines each followed by a JSON-like block with `"version"`.
 * Returns component -> version (`musa_toolkits` is the SDK).
 */
export function parseMusaVersionQuery(text: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  let component: string | undefined;
  for (const line of lines(text)) {
    const head = /^([A-Za-z][\w.-]*)\s*:\s*$/.exec(line.trim());
    if (head) {
      component = head[1];
      continue;
    }
    const v = /"version"\s*:\s*"([^"]+)"/.exec(line);
    if (v && component && !(component in out)) out[component] = v[1]!;
  }
  return out;
}

/** `python3 --version`: `Python 3.10.12`. */
export function parsePythonVersion(text: string): string | undefined {
  return /^Python\s+(\d+\.\d+(?:\.\d+)?\S*)/m.exec(text.trim())?.[1];
}

/**
 * `vLLM Ascend Version: 0.12.0rc1 (git sha: ...)`: the label before ` Version:` and the version after
 * it. Found by index: a pattern with a lazy label followed by `\s+` backtracks on long runs of spaces.
 */
function labelledVersion(line: string): [string, string] | undefined {
  const at = line.indexOf(' Version:');
  if (at <= 0) return undefined;
  const label = line.slice(0, at).trimEnd();
  if (!/^[A-Za-z][\w .-]*$/.test(label)) return undefined;
  const m = /^\s*(\d\S*)(?:\s+\(.*\))?$/.exec(line.slice(at + ' Version:'.length));
  return m ? [label, m[1]!] : undefined;
}

/**
 * Python packages with versions from any of: `pip list --format=json`, `pip list` columns,
 * `pip show` blocks, `pip freeze` / collect_env lines (`[pip3] torch==2.8.0+cpu`, `vLLM Ascend Version: 0.12.0rc1`).
 * Names as printed.
 */
export function parsePythonPackages(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, version: string) => {
    if (!out.has(name)) out.set(name, version);
  };
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      const list: unknown = JSON.parse(t);
      if (Array.isArray(list)) {
        for (const p of list) if (p && typeof p.name === 'string' && typeof p.version === 'string') add(p.name, p.version);
        return out;
      }
    } catch {
      // Not JSON after all: read it as text below.
    }
  }
  let shown: string | undefined;
  for (const raw of lines(text)) {
    const line = raw.trim();
    const name = /^Name:\s*(\S+)$/.exec(line);
    if (name) {
      shown = name[1];
      continue;
    }
    const version = /^Version:\s*(\S+)$/.exec(line);
    if (version && shown) {
      add(shown, version[1]!);
      shown = undefined;
      continue;
    }
    const pinned = /^(?:\[\w+\]\s+)?([A-Za-z0-9][\w.-]*)==(\S+)$/.exec(line);
    if (pinned) {
      add(pinned[1]!, pinned[2]!);
      continue;
    }
    const labelled = labelledVersion(line);
    if (labelled) {
      add(labelled[0], labelled[1]);
      continue;
    }
    const column = /^([A-Za-z0-9][\w.-]*)\s{2,}(\d[^\s]*)(?:\s+\S.*)?$/.exec(line);
    if (column) add(column[1]!, column[2]!);
  }
  return out;
}
