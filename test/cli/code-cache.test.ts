import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'cli.cjs')) && existsSync(join(DIST, 'cli-main.cjs.check.cache'));
const STACK = ['check', 'ascend-910b', 'cann@8.0.0', '--date', '2026-11-28', '--json'];

/** A copy of the built CLI in a folder of its own, so each case can spoil its cache. */
function copyCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stackfit-cache-'));
  for (const f of ['cli.cjs', 'cli-main.cjs', ...caches()]) copyFileSync(join(DIST, f), join(dir, f));
  symlinkSync(join(DIST, 'dataset.txt'), join(dir, 'dataset.txt'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const caches = () => readdirSync(DIST).filter((f) => /^cli-main\.cjs\.\w+\.cache$/.test(f));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const run = (dir: string) => spawnSync(process.execPath, [join(dir, 'cli.cjs'), ...STACK], { encoding: 'utf8' });

describe.skipIf(!built)('the CLI runs through the code cache the build writes', () => {
  const expected = run(DIST);

  it('V8 accepts each cache for the bundle it was made from, under the flags the CLI sets', () => {
    const { cacheFile, CACHED_COMMANDS } = createRequire(__filename)(join(DIST, 'cli.cjs'));
    const commands: string[] = [...CACHED_COMMANDS, 'other'];
    expect(caches().map((f) => join(DIST, f)).sort()).toEqual(commands.map((c) => cacheFile(c)).sort());
    for (const command of commands) {
      // In a process of its own, as `stackfit` runs: a cache records the V8 flags it was made with.
      const probe = `const cli = require(${JSON.stringify(join(DIST, 'cli.cjs'))}); if (cli.tunedFor(${JSON.stringify(command)})) cli.tuneV8(); process.stdout.write(String(cli.compileMain(require('node:fs').readFileSync(cli.cacheFile(${JSON.stringify(command)}))).cachedDataRejected));`;
      expect(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout, command).toBe('false');
    }
    expect(expected.status).toBe(0);
    expect(JSON.parse(expected.stdout).verdict).toBe('fits');
  });

  it('a command reads its own cache; options before it are skipped, other commands share one', () => {
    const { cacheFor, cacheFile } = createRequire(__filename)(join(DIST, 'cli.cjs'));
    expect(cacheFor(['check', 'cann'])).toBe(cacheFile('check'));
    expect(cacheFor(['--json', 'solve', 'vllm'])).toBe(cacheFile('solve'));
    expect(cacheFor(['show', 'cann'])).toBe(cacheFile('other'));
    expect(cacheFor([])).toBe(cacheFile('other'));
    expect(cacheFile('check')).toMatch(/cli-main\.cjs\.check\.cache$/);
  });

  it('a check runs without V8 flags and without loading the v8 module; a solve runs with them', () => {
    const { commandOf, tunedFor } = createRequire(__filename)(join(DIST, 'cli.cjs'));
    expect(commandOf(['--json', 'check', 'cann'])).toBe('check');
    expect(commandOf(['show', 'cann'])).toBe('other');
    expect(['check', 'gaps', 'probe'].map(tunedFor)).toEqual([false, false, false]);
    expect(['solve', 'fix', 'lint', 'other'].map(tunedFor)).toEqual([true, true, true, true]);
    const hook = join(mkdtempSync(join(tmpdir(), 'stackfit-modules-')), 'modules.cjs');
    dirs.push(join(hook, '..'));
    writeFileSync(hook, "process.on('exit', () => require('fs').writeSync(2, '\\nmodules ' + JSON.stringify(process.moduleLoadList.filter((m) => m === 'NativeModule v8'))));");
    const loaded = (args: string[]) => JSON.parse(/modules (.*)$/.exec(spawnSync(process.execPath, ['-r', hook, join(DIST, 'cli.cjs'), ...args], { encoding: 'utf8' }).stderr)?.[1] ?? 'null');
    expect(loaded(STACK)).toEqual([]);
    expect(loaded(['solve', 'ascend-910b', 'torch_npu', '--date', '2026-11-28'])).toEqual(['NativeModule v8']);
  });

  it('the bundle is ASCII, so reading it as Latin-1 gives the same text (Chinese output stays intact)', () => {
    const bundle = readFileSync(join(DIST, 'cli-main.cjs'));
    expect(bundle.every((byte) => byte < 0x80)).toBe(true);
    const zh = spawnSync(process.execPath, [join(DIST, 'cli.cjs'), 'check', '昇腾910B', 'cann@8.0.0', '--lang', 'zh', '--date', '2026-11-28'], { encoding: 'utf8' });
    expect(zh.stdout).toMatch(/^结论：/);
    expect(zh.stdout).toContain('昇腾910B');
  });

  it('a cache V8 cannot use (garbage) is rejected quietly and the answer is the same', () => {
    const dir = copyCli();
    dirs.push(dir);
    writeFileSync(join(dir, 'cli-main.cjs.check.cache'), Buffer.alloc(4096, 7));
    const r = run(dir);
    expect(r.stderr).toBe('');
    expect([r.status, r.stdout]).toEqual([expected.status, expected.stdout]);
  });

  it('a cache older than the bundle is not read (a bundle rebuilt without its cache)', () => {
    const dir = copyCli();
    dirs.push(dir);
    const { freshCache } = createRequire(__filename)(join(dir, 'cli.cjs'));
    const cache = join(dir, 'cli-main.cjs.check.cache');
    expect(freshCache(cache)).toBeInstanceOf(Buffer);
    const old = new Date(Date.now() - 60_000);
    utimesSync(cache, old, old);
    expect(freshCache(cache)).toBeUndefined();
    const r = run(dir);
    expect([r.status, r.stdout]).toEqual([expected.status, expected.stdout]);
  });

  it('without a cache file the CLI runs as before', () => {
    const dir = copyCli();
    dirs.push(dir);
    rmSync(join(dir, 'cli-main.cjs.check.cache'));
    const r = run(dir);
    expect([r.status, r.stdout]).toEqual([expected.status, expected.stdout]);
  });
});
