import { accessSync, chmodSync, closeSync, constants, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { StackfitError } from '../errors.ts';
import { visible } from '../report/visible.ts';

/** What each file-system error means, in words. */
const REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'does not exist'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['ENOTDIR', 'a part of the path is not a folder'],
  ['EISDIR', 'is a folder'],
  ['ELOOP', 'too many symbolic links'],
  ['ENOSPC', 'no space left on the device'],
  ['EROFS', 'read-only file system'],
  ['EEXIST', 'already exists'],
  ['ENAMETOOLONG', 'name too long'],
  ['EIO', 'input/output error'],
]);

/** Whether `e` is an error from the file system (it has an errno code such as ENOENT). */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);
}

/**
 * A file-system error as the one-line error the CLI prints: the path, what went wrong and what was
 * expected there. Anything else is passed through unchanged (a bug keeps its stack trace).
 */
export function fsFailure(e: unknown, path: string, expected: string): unknown {
  if (!isFsError(e)) return e;
  const code = e.code!;
  const reason = REASONS.get(code) ?? code;
  return new StackfitError({ code: 'file-system', message: `"${visible(path)}": ${reason} (${code}); expected ${expected}` });
}

/** Throws the one-line error unless `path` is a folder. */
export function requireFolder(path: string, what: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw fsFailure(e, path, what);
  }
  if (!isDir) throw new StackfitError({ code: 'file-system', message: `"${visible(path)}" is not a folder; expected ${what}` });
}

/**
 * Creates a folder and its missing parents one level at a time. (Recursive `mkdirSync` never
 * returns on some paths under /proc.)
 */
export function makeFolder(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) throw new StackfitError({ code: 'file-system', message: `"${visible(at)}" is not a folder; expected a folder to write into` });
      break;
    } catch (e) {
      if (!isFsError(e) || e.code !== 'ENOENT') throw fsFailure(e, at, 'a folder to write into');
      missing.push(at);
      const up = dirname(at);
      if (up === at) break;
      at = up;
    }
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (e) {
      throw fsFailure(e, dir, 'a folder that can be created');
    }
  }
}

/**
 * Replaces a file's content all at once: writes a temporary file beside it and renames it over
 * the old one, so a failure (no space, no permission) leaves the old file whole.
 */
export function writeFileAtomic(path: string, text: string): void {
  let mode: number | undefined;
  try {
    accessSync(path, constants.W_OK);
    mode = statSync(path).mode & 0o7777;
  } catch (e) {
    if (!isFsError(e) || e.code !== 'ENOENT') throw fsFailure(e, path, 'a file that can be written');
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let created = false;
  try {
    const fd = openSync(temp, 'wx');
    created = true;
    try {
      writeFileSync(fd, text);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (e) {
    if (created) rmSync(temp, { force: true });
    throw fsFailure(e, path, 'a file that can be written');
  }
}
