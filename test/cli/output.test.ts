import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { closeSync, existsSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardOutput, type OutputProcess } from '../../src/cli/guard-output.ts';
import { MINI } from '../helpers.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  return Math.max(...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(dir, f)).mtimeMs));
}

/** The built CLI when it is newer than the sources (as under npm test), else the sources through tsx. */
const CLI = existsSync(join(ROOT, 'dist/cli.cjs')) && statSync(join(ROOT, 'dist/cli.cjs')).mtimeMs > newest(join(ROOT, 'src')) ? ['dist/cli.cjs'] : ['--import', 'tsx', 'src/cli/main.ts'];

/** Every command, with arguments that make it print to stdout. */
const COMMANDS: readonly string[][] = [
  ['check', 'cann@8.0.0', 'torch_npu@2.4.0.post2'],
  ['solve', 'ascend-910b', 'vllm', '--limit', '1'],
  ['fix', 'torch_npu@2.1.0.post10', 'torch@2.3.1'],
  ['gaps', 'cann@8.0.0', 'ubuntu@22.04'],
  ['matrix', 'os', 'cpu'],
  ['probe', '--root', MINI],
  ['show', 'cann'],
  ['search', 'a'],
  ['lint', MINI],
  ['fmt', MINI, '--check', '--json'],
  ['schema', '--check', '--json'],
  ['--help'],
];

/** Runs the CLI in a child process with stdout sent to `stdout`; resolves with its exit and stderr. */
function runChild(argv: readonly string[], stdout: 'closed-pipe' | number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...argv], { cwd: ROOT, stdio: ['ignore', stdout === 'closed-pipe' ? 'pipe' : stdout, 'pipe'] });
    if (stdout === 'closed-pipe') child.stdout!.destroy(); // the reader is gone before anything is written
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('every command writing to a full disk (> /dev/full): exit 2, one line, no stack trace', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const results = await Promise.all(COMMANDS.map((argv) => runChild(argv, fd)));
      for (const [n, r] of results.entries()) {
        expect({ argv: COMMANDS[n], code: r.code }).toEqual({ argv: COMMANDS[n], code: 2 });
        expect(r.stderr).toBe('stackfit: cannot write the output: ENOSPC (no space left on the device)\n');
      }
    } finally {
      closeSync(fd);
    }
  }, 60_000);

  it('every command writing into a closed pipe: exit 2, one line, no stack trace', async () => {
    const results = await Promise.all(COMMANDS.map((argv) => runChild(argv, 'closed-pipe')));
    for (const [n, r] of results.entries()) {
      expect({ argv: COMMANDS[n], code: r.code, stderr: r.stderr }).toEqual({ argv: COMMANDS[n], code: 2, stderr: 'stackfit: cannot write the output: EPIPE (the reader closed the pipe)\n' });
    }
  }, 60_000);
});

describe('guardOutput', () => {
  function fake() {
    const stdout = new EventEmitter();
    const written: string[] = [];
    const stderr = Object.assign(new EventEmitter(), { write: (t: string) => written.push(t) });
    const exits: number[] = [];
    const proc = { stdout, stderr, exit: (c: number) => exits.push(c) } as unknown as OutputProcess;
    guardOutput(proc);
    return { stdout, stderr, written, exits };
  }
  const errno = (code: string) => Object.assign(new Error(`${code}: failed, write`), { code });

  it.each([
    ['ENOSPC', 'stackfit: cannot write the output: ENOSPC (no space left on the device)\n'],
    ['EIO', 'stackfit: cannot write the output: EIO (EIO: failed, write)\n'],
  ])('%s: one line on stderr, exit 2', (code, line) => {
    const f = fake();
    f.stdout.emit('error', errno(code));
    f.stdout.emit('error', errno(code)); // later writes fail too: still one line
    expect(f.written).toEqual([line]);
    expect(f.exits).toEqual([2]);
  });

  it('EPIPE (a reader closed the pipe): one line on stderr, exit 2', () => {
    const f = fake();
    f.stdout.emit('error', errno('EPIPE'));
    expect(f.written).toEqual(['stackfit: cannot write the output: EPIPE (the reader closed the pipe)\n']);
    expect(f.exits).toEqual([2]);
  });

  it('a broken stderr exits 2 without throwing', () => {
    const f = fake();
    expect(() => f.stderr.emit('error', errno('EPIPE'))).not.toThrow();
    expect(f.exits).toEqual([2]);
  });
});
