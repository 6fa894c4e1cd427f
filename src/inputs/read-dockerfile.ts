import { readRequirementLine } from './read-requirements.ts';
import { emptyReading, shown, splitLines, type Reading } from './types.ts';

const INSTRUCTIONS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);
/** pip options that take a value (the value is not a requirement). */
const PIP_VALUE_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--trusted-host', '--target', '-t', '--prefix', '--root', '--python', '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--cache-dir', '--timeout', '--retries', '--proxy', '--log']);

/** Whether a pip option takes a value: exactly, or as an abbreviation pip accepts (`--extra-index` for `--extra-index-url`). */
function takesValue(word: string): boolean {
  if (PIP_VALUE_OPTIONS.has(word)) return true;
  return word.startsWith('--') && !word.includes('=') && word.length >= 5 && [...PIP_VALUE_OPTIONS].some((o) => o.startsWith(word));
}

/** `$VAR`, `${VAR}`, `${VAR:-default}` replaced from the ARG and ENV values seen so far. */
function substitute(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([A-Za-z_]\w*)(?::?[-+]([^}]*))?\}|\$([A-Za-z_]\w*)/g, (all, braced: string | undefined, dflt: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare!;
    const v = vars.get(name);
    if (v !== undefined && v !== '') return v;
    return dflt ?? all;
  });
}

/** Words of a shell command, quotes removed (no expansion beyond what `substitute` did). */
function words(command: string): string[] {
  return (command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
}

/**
 * Dockerfiles: each `FROM` image (stage names and `scratch` skipped), `pip install NAME==VERSION`
 * and `git clone --branch TAG URL` in `RUN` (the repository's last path segment as the name), with
 * `ARG` and `ENV` values substituted. Continuation lines are joined and reported at their first line.
 *
 * @example
 * readDockerfile('ARG TAG=v0.9.1\nFROM quay.io/ascend/vllm-ascend:${TAG}\n').mentions[0] // { type: 'image', name: 'quay.io/ascend/vllm-ascend:v0.9.1', line: 2 }
 */
export function readDockerfile(text: string): Reading {
  const out = emptyReading();
  const vars = new Map<string, string>();
  const stages = new Set<string>();
  const all = splitLines(text);
  for (let i = 0; i < all.length; i++) {
    const line = i + 1;
    let t = all[i]!.trim();
    if (!t || t.startsWith('#')) continue;
    // Join continuation lines; comment lines inside a continuation are dropped, as Docker does.
    while (t.endsWith('\\') && i + 1 < all.length) {
      i++;
      const next = all[i]!.trim();
      if (!next.startsWith('#')) t = `${t.slice(0, -1).trimEnd()} ${next}`.trim();
    }
    const m = /^([A-Za-z]+)\s*(.*)$/.exec(t);
    const keyword = m?.[1]!.toUpperCase();
    if (!m || !keyword || !INSTRUCTIONS.has(keyword)) {
      out.unread.push({ line, text: shown(t), expected: 'a Dockerfile instruction (FROM, RUN, ARG, ENV, COPY, ...)' });
      continue;
    }
    const rest = m[2]!;
    if (keyword === 'ARG') {
      for (const w of words(rest)) {
        const kv = /^([A-Za-z_]\w*)(?:=(.*))?$/.exec(w);
        if (kv && kv[2] !== undefined) vars.set(kv[1]!, substitute(kv[2], vars));
      }
    } else if (keyword === 'ENV') {
      const ws = words(rest);
      if (ws.length === 2 && !ws[0]!.includes('=')) vars.set(ws[0]!, substitute(ws[1]!, vars));
      else for (const w of ws) {
        const kv = /^([A-Za-z_]\w*)=(.*)$/.exec(w);
        if (kv) vars.set(kv[1]!, substitute(kv[2]!, vars));
      }
    } else if (keyword === 'FROM') {
      const ws = words(substitute(rest, vars)).filter((w) => !w.startsWith('--'));
      const image = ws[0];
      if (ws[1]?.toUpperCase() === 'AS' && ws[2]) stages.add(ws[2].toLowerCase());
      if (!image) out.unread.push({ line, text: shown(t), expected: 'FROM IMAGE[:TAG] [AS NAME]' });
      else if (image === 'scratch' || stages.has(image.toLowerCase())) out.skipped.push({ line, text: shown(t), why: `"${image}" is an earlier stage or scratch, not an image` });
      else if (image.includes('$')) out.skipped.push({ line, text: shown(t), why: `"${shown(image, 40)}" names a build argument with no default` });
      else out.mentions.push({ type: 'image', name: image, line });
    } else if (keyword === 'RUN') {
      readRun(substitute(rest, vars), line, t, out);
    }
  }
  return out;
}

function readRun(command: string, line: number, text: string, out: Reading): void {
  for (const part of command.split(/&&|\|\||;|\|/)) {
    const ws = words(part.trim());
    const install = ws.findIndex((w, k) => w === 'install' && k > 0 && /(?:^|\/)pip[\d.]*$/.test(ws[k - 1]!));
    if (install >= 0) {
      for (let k = install + 1; k < ws.length; k++) {
        const w = ws[k]!;
        if (takesValue(w)) {
          const value = ws[++k] ?? '';
          if (/^(?:-e|--editable)$/.test(w)) out.skipped.push({ line, text: shown(text), why: `pip installs "${shown(value, 40)}" as an editable path, which names no version` });
          if (/^(?:-r|--requirement|-c|--constraint)$/.test(w)) out.skipped.push({ line, text: shown(text), why: `pip reads "${shown(value, 40)}", a file inside the image; give it with --from to read it too` });
          continue;
        }
        if (w.startsWith('-')) continue;
        // Paths, URLs and wheels name no release the data knows by version.
        if (/^[./~]|:\/\/|\.whl$|\.tar\.gz$/.test(w)) {
          out.skipped.push({ line, text: shown(text), why: `pip installs "${shown(w, 40)}" from a path or URL` });
          continue;
        }
        readRequirementLine(w, line, out);
      }
      continue;
    }
    const clone = ws.indexOf('clone');
    if (clone > 0 && ws[clone - 1] === 'git') {
      const b = ws.findIndex((w) => w === '--branch' || w === '-b');
      const tag = b >= 0 ? ws[b + 1] : undefined;
      const url = ws.slice(clone + 1).find((w, k, rest) => !w.startsWith('-') && rest[k - 1] !== '--branch' && rest[k - 1] !== '-b' && rest[k - 1] !== '--depth' && /[/:]/.test(w));
      const name = url?.replace(/\.git$/, '').replace(/\/+$/, '').split('/').pop();
      if (name && tag && !tag.includes('$')) out.mentions.push({ type: 'package', name, version: tag, line });
      else if (name) out.skipped.push({ line, text: shown(text), why: `git clone of ${name} names no tag` });
    }
  }
}
