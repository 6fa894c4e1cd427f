import { execFileSync } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { ProbeCommand } from './commands.ts';

/** What a reader got: the text and where it came from, or why there is none. */
export type Read = { readonly ok: true; readonly text: string; readonly from: string } | { readonly ok: false; readonly reason: string; readonly from: string };

/** Where probe reads from: the live machine, or a captured tree (`--root`). */
export interface ProbeSystem {
  readFile(path: string): Read;
  run(command: ProbeCommand): Read;
}

/** Largest file or command output read (version files and tool tables are small). */
export const MAX_READ_BYTES = 1 << 20;
/** Default time a command may take. */
export const DEFAULT_TIMEOUT_MS = 5000;

const label = (c: ProbeCommand) => [c.file, ...c.args].join(' ');

function readCapped(path: string, from: string): Read {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file', from };
    const size = Math.min(stat.size || MAX_READ_BYTES, MAX_READ_BYTES);
    const buf = Buffer.alloc(size);
    const n = readSync(fd, buf, 0, size, 0);
    return { ok: true, text: buf.subarray(0, n).toString('utf8'), from };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`, from };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The machine probe runs on. Commands run with execFile (no shell), a minimal environment, a
 * timeout, and capped output; a missing tool is a reason, never an exception.
 */
export function liveSystem(options: { timeoutMs?: number } = {}): ProbeSystem {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    readFile: (path) => readCapped(path, path),
    run(command) {
      const from = label(command);
      try {
        const text = execFileSync(command.file, [...command.args], {
          encoding: 'utf8',
          timeout,
          maxBuffer: MAX_READ_BYTES,
          stdio: ['ignore', 'pipe', 'pipe'],
          windowsHide: true,
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin:/usr/sbin:/sbin', LANG: 'C', LC_ALL: 'C' },
        });
        return { ok: true, text, from };
      } catch (e) {
        const err = e as NodeJS.ErrnoException & { signal?: string; status?: number; stdout?: string };
        if (err.code === 'ENOENT') return { ok: false, reason: 'not installed (command not found)', from };
        if (err.code === 'ETIMEDOUT' || err.signal === 'SIGTERM') return { ok: false, reason: `timed out after ${timeout} ms`, from };
        if (err.code === 'ENOBUFS') return { ok: false, reason: `output larger than ${MAX_READ_BYTES} bytes`, from };
        if (typeof err.status === 'number') return { ok: false, reason: `exited with status ${err.status}`, from };
        return { ok: false, reason: `could not run (${err.code ?? 'error'})`, from };
      }
    },
  };
}

/**
 * A captured system tree: files are read under `root` (never outside it), and a command's output
 * from `<root>/.commands/<id>.txt`. Makes the whole probe testable without the hardware.
 */
export function rootSystem(root: string): ProbeSystem {
  const base = resolve(root);
  const inside = (path: string): string | undefined => {
    const full = resolve(base, `.${isAbsolute(path) ? path : `/${path}`}`);
    const rel = relative(base, full);
    return rel.startsWith('..') || isAbsolute(rel) ? undefined : full;
  };
  return {
    readFile(path) {
      const full = inside(path);
      if (!full) return { ok: false, reason: 'outside the root', from: path };
      const r = readCapped(full, path);
      return r;
    },
    run(command) {
      const from = label(command);
      const r = readCapped(join(base, '.commands', `${command.id}.txt`), from);
      return r.ok ? r : { ok: false, reason: r.reason === 'file not found' ? `not captured (no .commands/${command.id}.txt)` : r.reason, from };
    },
  };
}
