import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/cli/args.ts';
import { cli, MINI, miniWith } from '../helpers.ts';

/** Exit 2 with exactly one line on stderr and no stack trace. */
function expectOneLine(r: { code: number; err: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/^stackfit: /);
  expect(r.err).not.toMatch(/\n\s+at |Error:/);
  expect(r.err).toMatch(pattern);
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stackfit-fail-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const ROOT = join(import.meta.dirname, '../..');

describe('file-system failures are one line, exit 2', () => {
  it('schema into a path through a file: ENOTDIR, naming the path', () => {
    const file = join(tempDir(), 'plain.txt');
    writeFileSync(file, 'x');
    expectOneLine(cli('schema', join(file, 'x')), /plain\.txt\/x".*ENOTDIR.*expected a folder/);
  });

  it('schema where a schema file is a folder: EISDIR, naming that file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'product.json'));
    expectOneLine(cli('schema', dir), /product\.json": is a folder \(EISDIR\); expected a JSON Schema file that can be written/);
  });

  it('lint of a symbolic link to itself: ELOOP', () => {
    const link = join(tempDir(), 'loop');
    symlinkSync(link, link);
    expectOneLine(cli('lint', link), /loop": too many symbolic links \(ELOOP\); expected a data folder to lint/);
  });

  it('schema into a file: not a folder', () => {
    const file = join(tempDir(), 'plain.txt');
    writeFileSync(file, 'x');
    expectOneLine(cli('schema', file), /plain\.txt" is not a folder/);
  });

  it.skipIf(!existsSync('/proc/self'))('schema /proc/nope ends (recursive mkdir never returns there)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'schema', '/proc/nope'], { cwd: ROOT, encoding: 'utf8', timeout: 15_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^stackfit: "\/proc\/nope": .*ENOENT/);
  });

  it.each([
    [['fmt', '/nonexistent/stackfit', '--check']],
    [['fmt', '/nonexistent/stackfit']],
    [['lint', '/nonexistent/stackfit']],
    [['lint', '--data', '/nonexistent/stackfit']],
    [['check', 'cann', '--data', '/nonexistent/stackfit']],
  ])('%j: a missing folder fails with exit 2 (it passed before)', (argv) => {
    expectOneLine(cli(...argv), /"\/nonexistent\/stackfit": does not exist \(ENOENT\); expected .*folder/);
  });

  it('lint of a file instead of a folder', () => {
    const file = join(tempDir(), 'plain.yaml');
    writeFileSync(file, 'id: x\n');
    expectOneLine(cli('lint', file), /is not a folder; expected a data folder to lint/);
  });

  const UNFORMATTED = '# yaml-language-server: $schema=../../schema/product.json\nkind: accelerator\nid: npu-1\nvendor: acme\nname: {en: "Acme NPU 1", zh: "极致一号"}\naliases: ["NPU-One"]\nsources: ["https://example.com/npu-1"]\n';

  it('fmt that cannot write leaves the file whole and says which file', () => {
    const t = miniWith({ 'chips/npu-1.yaml': UNFORMATTED });
    cleanups.push(t.done);
    // The temporary file's name is taken by a folder, so writing it fails (as it would on a full disk).
    mkdirSync(join(t.dir, 'chips', `.npu-1.yaml.${process.pid}.tmp`));
    expectOneLine(cli('fmt', t.dir), /npu-1\.yaml": .*expected a file that can be written/);
    expect(readFileSync(join(t.dir, 'chips/npu-1.yaml'), 'utf8')).toBe(UNFORMATTED);
  });

  it('fmt replaces a file in one step and keeps its mode, leaving no temporary file', () => {
    const t = miniWith({ 'chips/npu-1.yaml': UNFORMATTED });
    cleanups.push(t.done);
    chmodSync(join(t.dir, 'chips/npu-1.yaml'), 0o640);
    expect(cli('fmt', t.dir).code).toBe(0);
    expect(readFileSync(join(t.dir, 'chips/npu-1.yaml'), 'utf8')).toMatch(/^# yaml-language-server.*\nid: npu-1\nkind: accelerator\n/);
    expect(readdirSync(join(t.dir, 'chips')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('fmt that cannot write its temporary file (also as root): one line, file unchanged', () => {
    const t = miniWith({ 'chips/npu-1.yaml': UNFORMATTED });
    cleanups.push(t.done);
    // The temporary file's place is taken by a folder, so the write fails whoever runs it.
    mkdirSync(join(t.dir, 'chips', `.npu-1.yaml.${process.pid}.tmp`));
    const r = cli('fmt', t.dir);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.err).toMatch(/npu-1\.yaml/);
    expect(readFileSync(join(t.dir, 'chips/npu-1.yaml'), 'utf8')).toBe(UNFORMATTED);
  });

  it.skipIf(process.getuid?.() === 0)('fmt on a read-only file: one line, file unchanged', () => {
    const t = miniWith({ 'chips/npu-1.yaml': UNFORMATTED });
    cleanups.push(t.done);
    chmodSync(join(t.dir, 'chips/npu-1.yaml'), 0o444);
    expectOneLine(cli('fmt', t.dir), /npu-1\.yaml": permission denied \(EACCES\)/);
    expect(readFileSync(join(t.dir, 'chips/npu-1.yaml'), 'utf8')).toBe(UNFORMATTED);
  });
});

describe('--json means JSON, errors included', () => {
  it.each([
    [['--json'], 'bad-input'],
    [['frobnicate', '--json'], 'bad-input'],
    [['check', 'cann', '--json', '--bogus'], 'bad-input'],
    [['--bogus', '--json'], 'bad-input'],
    [['check', '--json', '--lang'], 'bad-input'],
    [['check', 'cann', '--json', '--date', '2024-02-30'], 'bad-input'],
    [['check', '--json'], 'bad-input'],
    [['show', 'plgu', '--data', MINI, '--json'], 'unknown-name'],
    [['check', 'kit@1.0.X', '--data', MINI, '--json'], ''],
    [['lint', '/nonexistent/stackfit', '--json'], 'file-system'],
    [['fmt', '/nonexistent/stackfit', '--json'], 'file-system'],
    [['matrix', 'gpu', 'os', '--json'], 'bad-input'],
    [['lint', MINI, '--json', '--data', MINI], 'bad-input'],
  ])('%j prints {error: {code, message}} on stdout and one line on stderr', (argv, code) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['error']);
    if (code) expect(j.error.code).toBe(code);
    expect(j.error.code).toMatch(/^[a-z-]+$/);
    expect(j.error.message.length).toBeGreaterThan(5);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toBe(`stackfit: ${j.error.message}`);
  });

  it('without --json errors stay text ("--" ends options, so a --json after it is an item)', () => {
    const r = cli('show', '--data', MINI, '--', '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
  });
});

describe('lookups keyed by user input', () => {
  it.each([
    [['check', 'cann', '--lang', 'constructor']],
    [['check', 'cann', '--lang', '__proto__']],
    [['lint', MINI, '--format', '__proto__']],
    [['lint', MINI, '--format', 'constructor']],
    [['matrix', 'os', 'cpu', '--format', '__proto__']],
    [['matrix', 'constructor', 'os']],
    [['matrix', 'os/__proto__', 'cpu']],
    [['search', '--kind', 'constructor']],
    [['solve', 'cann', '--prefer', 'toString']],
    [['solve', 'cann', '--limit', 'constructor']],
    [['constructor']],
    [['__proto__']],
    [['toString']],
    [['hasOwnProperty', '--json']],
  ])('%j is a clean exit-2 error', (argv) => {
    const r = cli(...argv);
    expectOneLine(r, /./);
  });

  it('a record with scheme "constructor" is an unknown scheme to lint, and fmt leaves it alone', () => {
    const t = miniWith({ 'toolkits/kit.yaml': readFileSync(join(MINI, 'toolkits/kit.yaml'), 'utf8').replace(/^scheme: .*$/m, 'scheme: constructor') });
    cleanups.push(t.done);
    const j = JSON.parse(cli('lint', t.dir, '--json').out);
    expect(j.issues.filter((i: { code: string }) => i.code === 'check-crashed')).toEqual([]);
    expect(j.issues.map((i: { code: string }) => i.code)).toContain('unknown-scheme');
    expect([0, 1]).toContain(cli('fmt', t.dir, '--check').code); // it threw a TypeError before
  });
});

describe('--date is a day that exists', () => {
  it.each(['2024-02-30', '2023-02-29', '2100-02-29', '2024-04-31', '2024-00-10', '2024-13-01', '2024-01-00', '2024-1-01', ' 2024-01-01'])('refuses %s', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    expectOneLine(cli('check', 'cann', '--date', date), /--date must be a day that exists/);
  });

  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '1999-01-01'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(cli('show', 'kit', '--data', MINI, '--date', date).code).toBe(0);
  });
});
