import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { CAPTURE_IDS } from '../../src/probe/commands.ts';
import { probe } from '../../src/probe/probe.ts';
import { commandDirs, findExecutable, liveSystem, rootSystem, SYSTEM_DIRS } from '../../src/probe/system.ts';
import { FIXTURES } from '../helpers.ts';

/*
 * Inputs meant to hurt whoever runs `stackfit probe`: code planted in the working directory, a
 * --root whose links lead out of it, files that block when opened, megabyte lines, and escape
 * sequences in what the machine prints. Each test fails on the probe before these were handled.
 */
const matrix = loadMatrix();
const HOSTILE = join(FIXTURES, 'hostile', 'probe');
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const temp = () => mkdtempSync(join(tmpdir(), 'stackfit-hostile-'));
const python3 = findExecutable('python3', commandDirs(process.env.PATH));

function file(root: string, path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

/** Runs `fn` with the working directory (and PATH) set as a user in a hostile folder would have them. */
function inDirectory<T>(dir: string, path: string | undefined, fn: () => T): T {
  const cwd = process.cwd();
  const oldPath = process.env.PATH;
  process.chdir(dir);
  if (path !== undefined) process.env.PATH = path;
  try {
    return fn();
  } finally {
    process.chdir(cwd);
    process.env.PATH = oldPath;
  }
}

describe('probe runs no code it did not choose', () => {
  it.skipIf(!python3)('never runs a pip/__main__.py planted in the working directory', () => {
    const dir = temp();
    cpSync(join(HOSTILE, 'pip'), join(dir, 'pip'), { recursive: true });
    // The plant works: python3 -m pip started in that folder runs it.
    execFileSync(python3!, ['-m', 'pip', '--version'], { cwd: dir, stdio: 'ignore' });
    expect(existsSync(join(dir, 'PWNED-pip'))).toBe(true);
    execFileSync('rm', [join(dir, 'PWNED-pip')]);

    const r = inDirectory(dir, undefined, () => probe(matrix, { timeoutMs: 5000 }));
    expect(existsSync(join(dir, 'PWNED-pip'))).toBe(false);
    // Python itself was still read.
    expect(r.found.some((f) => f.item.startsWith('python@')) || r.notDetected.some((m) => /python3/.test(m.from))).toBe(true);
  });

  it('never runs a command from the working directory, whatever PATH says', () => {
    const dir = temp();
    cpSync(join(HOSTILE, 'lscpu'), join(dir, 'lscpu'));
    chmodSync(join(dir, 'lscpu'), 0o755);
    for (const path of [`.:${process.env.PATH}`, `:${process.env.PATH}`, `lscpu-dir:${process.env.PATH}`, `./:${process.env.PATH}`]) {
      inDirectory(dir, path, () => probe(matrix, { timeoutMs: 5000 }));
      expect(existsSync(join(dir, 'PWNED-lscpu')), `PATH=${path.split(':')[0]}:...`).toBe(false);
    }
  });

  it('looks commands up only in absolute, not world-writable directories, and runs them by absolute path', () => {
    const open = temp();
    chmodSync(open, 0o777);
    const env = temp();
    const dirs = commandDirs(['', '.', 'bin', './x', '../y', '/usr/../tmp', open, '/nonexistent/bin', env].join(':'));
    expect(dirs[0]).toBe(env);
    expect(dirs.slice(1)).toEqual([...SYSTEM_DIRS]);
    const r = liveSystem({ path: '' }).run({ id: 'uname-m', file: 'uname', args: ['-m'] });
    expect(r).toMatchObject({ ok: true });
    expect(r.from).toMatch(/^\/.*\/uname -m$/);
    expect(findExecutable('../uname', SYSTEM_DIRS)).toBeUndefined();
    expect(findExecutable('.hidden', SYSTEM_DIRS)).toBeUndefined();
  });

  it('gives commands a minimal environment and the root directory as working directory', () => {
    process.env.PYTHONPATH = temp();
    process.env.LD_PRELOAD = '/nonexistent/preload.so';
    try {
      const r = liveSystem().run({ id: 'env', file: 'env', args: [] });
      expect(r.ok).toBe(true);
      const env = r.ok ? r.text.trim().split('\n').sort() : [];
      expect(env).toEqual([`LANG=C`, `LC_ALL=C`, `PATH=${SYSTEM_DIRS.join(':')}`]);
      expect(liveSystem().run({ id: 'pwd', file: 'pwd', args: [] })).toMatchObject({ ok: true, text: '/\n' });
    } finally {
      delete process.env.PYTHONPATH;
      delete process.env.LD_PRELOAD;
    }
  });

  it('kills a command that ignores the polite signal when its time is up', () => {
    const t = Date.now();
    const r = liveSystem({ timeoutMs: 200 }).run({ id: 'stubborn', file: 'sh', args: ['-c', 'trap "" TERM; sleep 30'] });
    expect(r).toMatchObject({ ok: false, reason: 'timed out after 200 ms' });
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it.skipIf(!python3)('reads Python packages from site-packages metadata, as pip list would list them', () => {
    const r = liveSystem().pythonPackages();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.from).toMatch(/python3 site-packages$/);
    const pip = spawnSync(python3!, ['-I', '-m', 'pip', 'list', '--format=freeze', '--disable-pip-version-check'], { cwd: '/', encoding: 'utf8' });
    if (pip.status !== 0) return;
    const normal = (line: string) => line.toLowerCase().replace(/[-_.]+/g, '-');
    const ours = new Set(r.text.split('\n').map(normal));
    const listed = pip.stdout.trim().split('\n').filter((l) => l.includes('==')).map(normal);
    for (const p of listed) expect(ours, p).toContain(p);
  });
});

describe('--root never reads outside the root', () => {
  const outsideFile = () => file(temp(), 'lscpu.txt', 'Architecture: aarch64\nModel name: Kunpeng-920\n');

  it('refuses links that leave the root, says so, and reads none of them', () => {
    const root = temp();
    mkdirSync(join(root, 'etc'));
    symlinkSync('/etc/passwd', join(root, 'etc', 'os-release'));
    symlinkSync('/etc/hostname', join(root, 'etc', 'os-version'));
    mkdirSync(join(root, '.commands'));
    symlinkSync(outsideFile(), join(root, '.commands', 'lscpu.txt'));
    symlinkSync('../../../../../../../../etc/os-release', join(root, '.commands', 'pip-list.txt'));
    const r = probe(matrix, { root });
    expect(r.items).toEqual([]);
    const reasons = Object.fromEntries(r.notDetected.map((m) => [m.from, m.reason]));
    expect(reasons['/etc/os-release']).toMatch(/outside the root/);
    expect(reasons['lscpu']).toMatch(/outside the root/);
    expect(reasons['pip list']).toMatch(/outside the root/);
    const sys = rootSystem(root);
    expect(sys.readFile('/etc/os-version')).toMatchObject({ ok: false, reason: expect.stringMatching(/outside the root/) });
  });

  it('refuses a linked directory that leads out (etc -> /etc)', () => {
    const root = temp();
    symlinkSync('/etc', join(root, 'etc'));
    symlinkSync('/proc', join(root, 'proc'));
    const sys = rootSystem(root);
    expect(sys.readFile('/etc/os-release')).toMatchObject({ ok: false, reason: expect.stringMatching(/outside the root/) });
    expect(sys.readFile('/proc/cpuinfo')).toMatchObject({ ok: false, reason: expect.stringMatching(/outside the root/) });
    expect(sys.readFile('/../../etc/passwd')).toMatchObject({ ok: false });
  });

  it('follows links that stay inside, and a root that is itself a link', () => {
    const root = temp();
    file(root, 'usr/lib/os-release', readFileSync(join(FIXTURES, 'probe', 'os-release', 'openeuler-22.03-lts-sp3.txt'), 'utf8'));
    mkdirSync(join(root, 'etc'));
    symlinkSync('../usr/lib/os-release', join(root, 'etc', 'os-release'));
    const link = join(temp(), 'captured');
    symlinkSync(root, link);
    expect(probe(matrix, { root: link }).items).toEqual(['openeuler@22.03 LTS SP3']);
  });

  it('lists every capture a root may hold', () => {
    expect(CAPTURE_IDS).toContain('pip-list');
    expect(CAPTURE_IDS).toContain('lscpu');
    expect(CAPTURE_IDS).not.toContain('python-site');
  });
});

describe('nothing blocks', () => {
  it('refuses a FIFO, a socket or a device where a file is expected, without opening it', async () => {
    const root = temp();
    mkdirSync(join(root, 'etc'), { recursive: true });
    mkdirSync(join(root, '.commands'), { recursive: true });
    execFileSync('mkfifo', [join(root, 'etc', 'os-release'), join(root, '.commands', 'lscpu.txt'), join(root, '.commands', 'pip-list.txt')]);
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(root, '.commands', 'npu-smi-info.txt'), done));
    try {
      // In a child process with a deadline: a probe that opens the FIFO never returns.
      const t = Date.now();
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), 'probe', '--root', root, '--json'], { cwd: REPO, encoding: 'utf8', timeout: 15_000 });
      expect(child.signal, 'probe blocked on a FIFO').toBeNull();
      expect(Date.now() - t).toBeLessThan(15_000);
      const r = JSON.parse(child.stdout);
      const reasons = Object.fromEntries(r.notDetected.map((m: { from: string; reason: string }) => [m.from, m.reason]));
      expect(reasons['/etc/os-release']).toMatch(/named pipe \(FIFO\)/);
      expect(reasons['lscpu']).toMatch(/named pipe/);
      expect(reasons['pip list']).toMatch(/named pipe/);
      expect(reasons['npu-smi info']).toMatch(/socket/);
    } finally {
      server.close();
    }
    expect(liveSystem().readFile('/dev/zero')).toMatchObject({ ok: false, reason: expect.stringMatching(/character device/) });
    expect(liveSystem().readFile('/etc')).toMatchObject({ ok: false, reason: expect.stringMatching(/directory/) });
  });
});

describe('nothing goes quadratic', () => {
  it('probes a root whose every capture is one megabyte line, in seconds', () => {
    const N = (1 << 20) - 64;
    const lines = [`ID=kylin\nNAME="Kylin${' '.repeat(N)}x"\nVERSION="V10 ${'1.'.repeat(N / 4)}"`, `Model name: Kunpeng${' '.repeat(N)}@x CPU`, `| 0 910B${' '.repeat(N)}b |`, `package_name=${'1.'.repeat(N / 2)}x`];
    for (const text of lines) {
      const root = temp();
      for (const path of ['etc/os-release', 'etc/os-version', 'usr/local/Ascend/driver/version.info', 'usr/local/Ascend/ascend-toolkit/latest/aarch64-linux/ascend_toolkit_install.info']) file(root, path, text);
      for (const id of CAPTURE_IDS) file(root, `.commands/${id}.txt`, text);
      const t = performance.now();
      const r = probe(matrix, { root });
      expect(performance.now() - t, text.slice(0, 20)).toBeLessThan(5000);
      // What it quotes back stays short.
      for (const m of [...r.found.flatMap((f) => [f.printed, f.note ?? '']), ...r.unrecognized.map((u) => u.reason)]) expect(m.length).toBeLessThan(1100);
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('terminal safety', () => {
  const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  function text(args: string[]): string {
    const out: string[] = [];
    run(args, { out: (t) => out.push(t), err: (t) => out.push(t), tty: true });
    return out.join('\n');
  }

  it('shows escape sequences and bells from captures as visible escapes, everywhere it quotes them', () => {
    const known = temp();
    cpSync(join(HOSTILE, 'os-release-escapes.txt'), file(known, 'etc/os-release', ''));
    cpSync(join(HOSTILE, 'lscpu-escapes.txt'), file(known, '.commands/lscpu.txt', ''));
    const shown = text(['probe', '--root', known]);
    expect(shown).not.toMatch(ESCAPES);
    expect(shown).toContain('Kylin\\x1b[31m Linux\\x07');
    expect(shown).toContain('Chip\\x1b[31m 9000\\x07\\u202egnp.exe');

    const unknown = temp();
    cpSync(join(HOSTILE, 'os-release-unknown-escapes.txt'), file(unknown, 'etc/os-release', ''));
    const reason = text(['probe', '--root', unknown]);
    expect(reason).not.toMatch(ESCAPES);
    expect(reason).toContain('ID="evil\\x1b[0m" NAME="Evil\\x1b[31mOS\\x07\\u009bH"');
    // JSON keeps them escaped too, for scripts that print fields.
    const json = JSON.parse(text(['probe', '--root', unknown, '--json']));
    expect(JSON.stringify(json)).not.toMatch(/\\u001b|\\u0007/);
  });

  it('shows a --root path with escapes as escapes', () => {
    const shown = text(['probe', '--root', join(temp(), 'no\u001b[2Jsuch\u0007')]);
    expect(shown).not.toMatch(ESCAPES);
    expect(shown).toMatch(/no\\x1b\[2Jsuch\\x07" is not a directory/);
  });
});
