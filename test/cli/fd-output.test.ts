import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const built = existsSync(CLI);
const BIG = ['show', 'cann', '--json'];
const dir = mkdtempSync(join(tmpdir(), 'stackfit-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The output of a run written to a file: the reference the other readers must get in full. */
function toFile(argv: readonly string[]): string {
  const file = join(dir, `out-${argv.join('-')}.txt`);
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" ${argv.map((a) => `'${a}'`).join(' ')} > "${file}"`]);
  expect(r.status).toBe(0);
  return readFileSync(file, 'utf8');
}

describe.skipIf(!built)('the CLI writes its output to the descriptors itself', () => {
  it('a reader that takes its time gets every byte (more than a pipe holds)', async () => {
    const expected = toFile(BIG);
    expect(expected.length).toBeGreaterThan(100_000);
    const got = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...BIG], { stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      child.stdout!.on('data', (d: Buffer) => {
        chunks.push(d);
        child.stdout!.pause();
        setTimeout(() => child.stdout!.resume(), 20);
      });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`exit ${code}`))));
    });
    expect(got).toBe(expected);
  });

  it('a shell pipe whose reader starts late gets every byte', () => {
    const expected = toFile(BIG);
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" ${BIG.join(' ')} | (sleep 0.2; cat)`], { encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 });
    expect(r.stdout).toBe(expected);
  });

  it('output to a pipe, a file or /dev/null carries no colour codes and builds no stdout stream', () => {
    const hook = join(dir, 'modules.cjs');
    writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.MODULES_OUT, process.moduleLoadList.join('\\n')));\n");
    for (const [name, stdout] of [['pipe', 'pipe'], ['devnull', 'ignore']] as const) {
      const list = join(dir, `modules-${name}.txt`);
      const r = spawnSync(process.execPath, ['--require', hook, CLI, 'check', 'ascend-910b', 'cann@9.0.0', 'python@3.12'], { encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, MODULES_OUT: list } });
      expect(r.status, r.stderr).not.toBe(2);
      if (stdout === 'pipe') expect(r.stdout).not.toMatch(/\u001b\[/);
      const modules = readFileSync(list, 'utf8').split('\n');
      expect(modules, name).not.toContain('NativeModule net');
      expect(modules, name).not.toContain('NativeModule tty');
    }
    expect(toFile(['check', 'ascend-910b', 'cann@9.0.0'])).not.toMatch(/\u001b\[/);
  });
});
