/**
 * Writes dist/cli-main.cjs.<command>.cache, the V8 code caches `stackfit` (dist/cli.cjs) runs the
 * CLI bundle with: one for each command in CACHED_COMMANDS (src/cli/bin.ts), one the others share.
 * For each, it compiles the bundle, runs that command's usual calls (their output discarded) so the
 * functions they call are compiled too, then asks V8 for the cache. A cache is accepted only under
 * the V8 flags it was made with, those `stackfit` runs that command with (TUNED_COMMANDS): the
 * commands with flags and those without are made in a process each. The caches fit the Node
 * version that wrote them; another one ignores them (see src/cli/bin.ts).
 *
 *   node scripts/build-cli-cache.mjs [--quiet]        (after tsup)
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capturedServer } from './captured-server.mjs';

const require = createRequire(import.meta.url);
const { compileMain, runMain, tuneV8, tunedFor, cacheFile, CACHED_COMMANDS, MAIN } = require('../dist/cli.cjs');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'data');

const argv = process.argv;
// Without `--tuned`, this process makes no cache itself: it runs one process for the commands run
// without the flags (`--tuned no`) and one for those run with them (`--tuned yes`).
if (!argv.includes('--tuned')) {
  const made = ['no', 'yes'].map((tuned) => {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--tuned', tuned], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`build-cli-cache: making the caches of the commands ${tuned === 'yes' ? 'with' : 'without'} V8 flags failed (exit ${child.status})`);
    return child.stdout.trim();
  });
  if (!argv.includes('--quiet')) console.log(`code caches: ${made.filter(Boolean).join(', ')}`);
  process.exit(0);
}
const tuned = argv[argv.indexOf('--tuned') + 1] === 'yes';

const server = capturedServer('stackfit-cache-probe-');

const STACK = ['ascend-910b', 'kunpeng-920', 'cann@8.0.0', 'torch_npu@2.4.0.post2', 'torch@2.4.0', 'python@3.10', 'openeuler@22.03 LTS'];
/** The calls each cache is made from: the commands people call most, as they call them. */
const CALLS = {
  check: [['check', ...STACK], ['check', 'dm8', 'kylin@V10', '--json']],
  solve: [['solve', 'ascend-910b', 'kunpeng-920', 'vllm']],
  fix: [['fix', 'torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11', '--pin', 'torch']],
  gaps: [['gaps', 'ascend-910b', 'cann@8.5.0', 'python@3.11', 'ubuntu@22.04']],
  probe: [['probe', '--root', server, '--check']],
  lint: [['lint', DATA]],
  other: [['show', 'cann'], ['search', 'openeuler'], ['matrix', 'toolkit', 'os']],
};
const missing = CACHED_COMMANDS.filter((c) => !CALLS[c]);
if (missing.length) throw new Error(`build-cli-cache: no calls to make the cache of ${missing.join(', ')} from`);

if (tuned) tuneV8();
// The CLI writes to descriptors 1 and 2 itself (src/cli/fd-output.ts): its output is dropped here.
const fs = require('node:fs');
const { writeSync } = fs;
const exitCode = process.exitCode;
// The CLI leaves with process.exit once its answer is written; here the next command follows.
const { exit } = process;
process.exit = (code) => void (process.exitCode = code);
const made = [];
// The calls after this process's last cache would leave nothing to any cache it writes.
const commands = Object.entries(CALLS);
const last = commands.findLastIndex(([command]) => tunedFor(command) === tuned);
try {
  for (const [command, calls] of commands.slice(0, last + 1)) {
    // A script of its own per cache: a cache holds what its script compiled, and what earlier
    // scripts of the same source compiled (V8 shares their functions). The commands of the other
    // group run too, in the same order, for what they leave to the ones after them.
    const script = compileMain();
    for (const call of calls) {
      fs.writeSync = (fd, data, ...rest) => (fd === 1 || fd === 2 ? (typeof data === 'string' ? Buffer.byteLength(data) : data.length - (rest[0] ?? 0)) : writeSync(fd, data, ...rest));
      process.argv = [process.execPath, MAIN, ...call];
      try {
        runMain(script);
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        fs.writeSync = writeSync;
      }
    }
    if (tunedFor(command) !== tuned) continue;
    const cache = script.createCachedData();
    writeFileSync(cacheFile(command), cache);
    made.push(`${command} ${Math.round(cache.length / 1024)} KB`);
  }
} finally {
  process.argv = argv;
  process.exit = exit;
  process.exitCode = exitCode;
  rmSync(server, { recursive: true, force: true });
}
// For the parent process to print.
console.log(made.join(', '));
