import { closeSync, constants, fstatSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PROBE_COMMANDS, type ProbeCommand } from './commands.ts';

/** What a reader got: the text and where it came from, or why there is none. */
export type Read = { readonly ok: true; readonly text: string; readonly from: string } | { readonly ok: false; readonly reason: string; readonly from: string };

/** Where probe reads from: the live machine, or a captured tree (`--root`). */
export interface ProbeSystem {
  readFile(path: string): Read;
  run(command: ProbeCommand): Read;
  /** Installed Python packages as `name==version` lines (or a captured `pip list`). */
  pythonPackages(): Read;
}

/** Largest file or command output read (version files and tool tables are small). */
export const MAX_READ_BYTES = 1 << 20;
/** Largest part of a package's METADATA read: `Name` and `Version` are its first headers. */
const MAX_METADATA_BYTES = 64 << 10;
/** Most import directories, and entries in each, looked at for installed packages. */
const MAX_SITE_DIRS = 64;
const MAX_SITE_ENTRIES = 50_000;
/** Default time a command may take. */
export const DEFAULT_TIMEOUT_MS = 5000;

/**
 * System directories searched for commands after the absolute entries of PATH, and the whole
 * PATH the commands themselves get. Fixed: never `.`, never relative.
 */
export const SYSTEM_DIRS: readonly string[] = Object.freeze(['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']);

/**
 * The whole environment a command gets: a PATH of system directories and the C locale (so tools
 * print what the parsers read). Nothing else: no PYTHONPATH, PYTHONSTARTUP, PYTHONHOME,
 * LD_PRELOAD, LD_LIBRARY_PATH or anything the caller set.
 */
export const COMMAND_ENV: Readonly<Record<string, string>> = Object.freeze({ PATH: SYSTEM_DIRS.join(':'), LANG: 'C', LC_ALL: 'C' });

const label = (c: ProbeCommand) => [c.file, ...c.args.map((a) => (a.includes('\n') ? '<script>' : a))].join(' ');

/** What a non-regular file is, for the reason it was not read. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

function errorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'not read: too many levels of symbolic links';
  return `cannot read (${code ?? 'error'})`;
}

/**
 * Reads a regular file, at most `max` bytes. Anything else (a FIFO, socket or device, which can
 * block forever or have side effects when opened) is refused from its stat, before any open; the
 * open is non-blocking and the opened file must be the one stat saw. `noFollow` refuses a final
 * symbolic link (the caller resolved the path already). `check` vets the opened file's real path.
 */
function readRegular(path: string, from: string, options: { max?: number; noFollow?: boolean; check?: (fd: number) => string | undefined } = {}): Read {
  const max = options.max ?? MAX_READ_BYTES;
  let before: Stats;
  try {
    before = statSync(path);
  } catch (e) {
    return { ok: false, reason: errorReason(e), from };
  }
  if (!before.isFile()) return { ok: false, reason: `not read: ${kindOf(before)}, not a regular file`, from };
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
    const st = fstatSync(fd);
    if (!st.isFile() || st.ino !== before.ino || st.dev !== before.dev) return { ok: false, reason: 'not read: the file changed while it was opened', from };
    const refused = options.check?.(fd);
    if (refused) return { ok: false, reason: refused, from };
    // /proc files report size 0: read until end of file, up to the cap.
    const buf = Buffer.alloc(Math.min(st.size || max, max));
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
    }
    return { ok: true, text: buf.subarray(0, n).toString('utf8'), from };
  } catch (e) {
    return { ok: false, reason: errorReason(e), from };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isWorldWritable(path: string): boolean {
  try {
    return (statSync(path).mode & 0o002) !== 0;
  } catch {
    return true;
  }
}

/**
 * Directories a command is looked up in: the absolute entries of the caller's PATH, in order (the
 * Python of an activated conda env or virtualenv is the one whose packages matter), then
 * SYSTEM_DIRS. Empty, `.` and other relative entries, which name the working directory, are
 * dropped, and so is any world-writable directory.
 */
export function commandDirs(path: string | undefined): string[] {
  const out: string[] = [];
  for (const dir of [...(path ?? '').split(delimiter), ...SYSTEM_DIRS]) {
    if (!dir || !isAbsolute(dir) || dir.split(/[\\/]/).includes('..') || out.includes(dir) || isWorldWritable(dir)) continue;
    out.push(dir);
  }
  return out;
}

/** The absolute path of an executable regular file named `name` in the first of `dirs` that has one. */
export function findExecutable(name: string, dirs: readonly string[]): string | undefined {
  if (!/^[\w.+-]+$/.test(name) || name.startsWith('.')) return undefined;
  for (const dir of dirs) {
    const full = join(dir, name);
    try {
      const st = statSync(full);
      if (st.isFile() && (st.mode & 0o111) !== 0 && (st.mode & 0o002) === 0) return full;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

/** Name and Version headers of a package's METADATA or PKG-INFO (the headers end at the first blank line). */
function metadataOf(text: string): { name: string; version: string } | undefined {
  let name: string | undefined;
  let version: string | undefined;
  let start = 0;
  while (start < text.length && !(name && version)) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trimEnd();
    start = end + 1;
    if (!line) break;
    if (!name && line.startsWith('Name:')) name = line.slice(5).trim();
    else if (!version && line.startsWith('Version:')) version = line.slice(8).trim();
  }
  return name && version && !/\s/.test(name) && !/\s/.test(version) ? { name, version } : undefined;
}

/**
 * Installed distributions in import directories, first directory first, as `name==version`
 * lines: `*.dist-info/METADATA` (pip, wheels) and `*.egg-info` (`PKG-INFO` inside, or the file).
 */
export function readSitePackages(dirs: readonly string[]): string {
  const out: string[] = [];
  for (const dir of dirs.slice(0, MAX_SITE_DIRS)) {
    let entries: string[];
    try {
      if (!isAbsolute(dir) || !statSync(dir).isDirectory()) continue;
      entries = readdirSync(dir).slice(0, MAX_SITE_ENTRIES).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      let file: string;
      if (entry.endsWith('.dist-info')) file = join(dir, entry, 'METADATA');
      else if (entry.endsWith('.egg-info')) {
        const full = join(dir, entry);
        try {
          file = statSync(full).isDirectory() ? join(full, 'PKG-INFO') : full;
        } catch {
          continue;
        }
      } else continue;
      const read = readRegular(file, file, { max: MAX_METADATA_BYTES });
      const meta = read.ok ? metadataOf(read.text) : undefined;
      if (meta) out.push(`${meta.name}==${meta.version}`);
    }
  }
  return out.join('\n');
}

/**
 * Node's child_process module, loaded when probe first runs a command: it loads Node's network
 * stack (net, dgram, streams), about 3 ms a process, and a probe of a captured tree (`--root`) runs
 * none. A built-in module resolves the same from any base path.
 */
function childProcess(): typeof import('node:child_process') {
  const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:child_process');
  return (builtin ?? createRequire('/')('node:child_process')) as typeof import('node:child_process');
}

/**
 * The machine probe runs on. A command is started by absolute path (see `commandDirs`), with
 * execFile (no shell), from `/` (so a working directory full of look-alike modules is never
 * consulted), with COMMAND_ENV only, a timeout after which it is killed, and capped output; a
 * missing tool is a reason, never an exception. Files are read only if they are regular files.
 * Python packages are read from the interpreter's site-packages metadata: pip is never run.
 */
export function liveSystem(options: { timeoutMs?: number; path?: string } = {}): ProbeSystem {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const dirs = commandDirs(options.path ?? process.env.PATH);
  const run = (command: ProbeCommand): Read => {
    const file = findExecutable(command.file, dirs);
    if (!file) return { ok: false, reason: 'not installed (command not found)', from: label(command) };
    const from = label({ ...command, file });
    try {
      const text = childProcess().execFileSync(file, [...command.args], {
        encoding: 'utf8',
        cwd: '/',
        timeout,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_READ_BYTES,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
        shell: false,
        env: { ...COMMAND_ENV },
      });
      return { ok: true, text, from };
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { signal?: string; status?: number };
      if (err.code === 'ENOENT') return { ok: false, reason: 'not installed (command not found)', from };
      if (err.code === 'ETIMEDOUT') return { ok: false, reason: `timed out after ${timeout} ms`, from };
      if (err.code === 'ENOBUFS') return { ok: false, reason: `output larger than ${MAX_READ_BYTES} bytes`, from };
      if (typeof err.status === 'number') return { ok: false, reason: `exited with status ${err.status}`, from };
      if (err.signal) return { ok: false, reason: `stopped by ${err.signal}`, from };
      return { ok: false, reason: `could not run (${err.code ?? 'error'})`, from };
    }
  };
  return {
    readFile: (path) => readRegular(path, path),
    run,
    pythonPackages() {
      const site = run(PROBE_COMMANDS.pythonSite);
      if (!site.ok) return site;
      const from = `${findExecutable(PROBE_COMMANDS.pythonSite.file, dirs) ?? PROBE_COMMANDS.pythonSite.file} site-packages`;
      let siteDirs: unknown;
      try {
        siteDirs = JSON.parse(site.text);
      } catch {
        return { ok: false, reason: 'printed no list of import directories', from };
      }
      if (!Array.isArray(siteDirs)) return { ok: false, reason: 'printed no list of import directories', from };
      return { ok: true, text: readSitePackages(siteDirs.filter((d): d is string => typeof d === 'string')), from };
    },
  };
}

/** Whether `path` is `base` or inside it (both absolute and resolved). */
function isWithin(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * A captured system tree: files are read under `root` and never outside it, and a command's output
 * from `<root>/.commands/<id>.txt`. The root's real path is taken once; each path is resolved with
 * its symbolic links, and one that leads outside the root (`etc -> /etc`, `etc/os-release ->
 * /etc/passwd`) is refused and reported, not read. Links that stay inside (`etc/os-release ->
 * ../usr/lib/os-release`, as real systems have) are followed. Makes the whole probe testable
 * without the hardware.
 */
export function rootSystem(root: string): ProbeSystem {
  let base: string | undefined;
  try {
    base = realpathSync(resolve(root));
  } catch {
    base = undefined;
  }
  const outside = 'not read: it leads outside the root through a symbolic link';
  // Where the opened file really is (Linux): a link swapped in after the check is caught here.
  const check = (fd: number): string | undefined => {
    let real: string;
    try {
      real = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      return undefined;
    }
    return base && isAbsolute(real) && !isWithin(base, real) ? outside : undefined;
  };
  const read = (path: string, from: string): Read => {
    if (!base) return { ok: false, reason: 'the root cannot be read', from };
    const lexical = resolve(base, `.${isAbsolute(path) ? path : `/${path}`}`);
    if (!isWithin(base, lexical)) return { ok: false, reason: 'not read: outside the root', from };
    let real: string;
    try {
      real = realpathSync(lexical);
    } catch (e) {
      return { ok: false, reason: errorReason(e), from };
    }
    if (!isWithin(base, real)) return { ok: false, reason: outside, from };
    return readRegular(real, from, { noFollow: true, check });
  };
  return {
    readFile: (path) => read(path, path),
    run(command) {
      const from = label(command);
      const r = read(join('.commands', `${command.id}.txt`), from);
      return r.ok ? r : { ok: false, reason: r.reason === 'file not found' ? `not captured (no .commands/${command.id}.txt)` : r.reason, from };
    },
    pythonPackages() {
      const from = 'pip list';
      const r = read(join('.commands', 'pip-list.txt'), from);
      return r.ok ? r : { ok: false, reason: r.reason === 'file not found' ? 'not captured (no .commands/pip-list.txt)' : r.reason, from };
    },
  };
}
