/**
 * Writes dist/cli-main.cjs.cache, the V8 code cache `stackfit` (dist/cli.cjs) runs the CLI bundle
 * with. It compiles the bundle, runs the commands people call most in this process (their output
 * discarded) so the functions those commands call are compiled too, then asks V8 for the cache.
 * The cache fits the Node version that wrote it; another one ignores it (see src/cli/bin.ts).
 *
 *   node scripts/build-cli-cache.mjs [--quiet]        (after tsup)
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { compileMain, runMain, tuneV8, CACHE, MAIN } = require('../dist/cli.cjs');
const DATA = fileURLToPath(new URL('../data', import.meta.url));

const COMMANDS = [
  ['check', 'ascend-910b', 'kunpeng-920', 'cann@8.0.0', 'torch_npu@2.4.0.post2', 'torch@2.4.0', 'python@3.10', 'openeuler@22.03 LTS'],
  ['check', 'dm8', 'kylin@V10', '--json'],
  ['solve', 'ascend-910b', 'kunpeng-920', 'vllm'],
  ['fix', 'torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11', '--pin', 'torch'],
  ['gaps', 'ascend-910b', 'cann@8.5.0', 'python@3.11', 'ubuntu@22.04'],
  ['show', 'cann'],
  ['search', 'openeuler'],
  ['matrix', 'toolkit', 'os'],
  ['lint', DATA],
];

// The cache is accepted only under the V8 flags it was made with: those `stackfit` runs with.
tuneV8();
const script = compileMain();
// The CLI writes to descriptors 1 and 2 itself (src/cli/fd-output.ts): its output is dropped here.
const fs = require('node:fs');
const { writeSync } = fs;
const argv = process.argv;
const exitCode = process.exitCode;
// The CLI leaves with process.exit once its answer is written; here the next command follows.
const { exit } = process;
process.exit = (code) => void (process.exitCode = code);
for (const command of COMMANDS) {
  fs.writeSync = (fd, data, ...rest) => (fd === 1 || fd === 2 ? (typeof data === 'string' ? Buffer.byteLength(data) : data.length - (rest[0] ?? 0)) : writeSync(fd, data, ...rest));
  process.argv = [process.execPath, MAIN, ...command];
  try {
    runMain(script);
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    fs.writeSync = writeSync;
  }
}
process.argv = argv;
process.exit = exit;
process.exitCode = exitCode;
const cache = script.createCachedData();
writeFileSync(CACHE, cache);
if (!argv.includes('--quiet')) console.log(`code cache: ${Math.round(cache.length / 1024)} KB for ${COMMANDS.length} commands`);
