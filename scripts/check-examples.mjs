/**
 * Runs the examples against the built package: ESM, CommonJS, and the browser example bundled for
 * the browser platform (a Node built-in in the bundle fails the build) and run without Node APIs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import vm from 'node:vm';
import { build } from 'esbuild';

const run = (file) => execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim();
const esm = run('examples/esm.mjs');
if (!esm.startsWith('conflict')) throw new Error(`examples/esm.mjs printed: ${esm}`);
const cjs = run('examples/cjs.cjs');
if (!/^(fits|unknown): /.test(cjs)) throw new Error(`examples/cjs.cjs printed: ${cjs}`);

const outfile = 'examples/browser/bundle.js';
await build({ entryPoints: ['examples/browser/main.js'], bundle: true, platform: 'browser', format: 'iife', outfile, logLevel: 'error' });
const bundle = readFileSync(outfile, 'utf8');
const sandbox = { console };
vm.runInNewContext(bundle, sandbox, { timeout: 10_000 });
if (sandbox.result !== 'fits') throw new Error(`browser bundle answered ${sandbox.result}`);
console.log(`examples: esm "${esm.split('\n')[0]}", cjs "${cjs}", browser bundle ${(bundle.length / 1024).toFixed(0)} KiB -> ${sandbox.result}`);
rmSync(outfile);
