#!/usr/bin/env node
/**
 * The `stackfit` command. It runs the CLI bundle (cli-main.cjs beside it) through a V8 code cache
 * the build writes next to it (cli-main.cjs.<command>.cache): a run then skips compiling the bundle
 * and the functions a query calls, about a quarter of a `check` process. Node 20 has no compile
 * cache for modules of its own. A cache V8 does not accept (another Node version, other V8 flags)
 * or one older than the bundle is ignored, and the bundle compiles as it would without one.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8 tiers a function up to optimized machine code once it has run enough bytecode. A `stackfit`
 * process lives for one answer: the optimizing compiles it starts are mostly finished after the
 * answer is written, and cost more instructions than the optimized code saves (a solve or fix runs
 * about a quarter fewer). The threshold is raised, not removed: a long search or a lint of many
 * files still gets optimized code. The code cache records the flags it was made with, so the build
 * sets the same ones for the same commands (scripts/build-cli-cache.mjs).
 */
export const V8_FLAGS = '--interrupt-budget=1000000';

/**
 * The commands that run with V8_FLAGS. A check, a gaps query or a probe is over before V8 would
 * optimize much: for them the flag saves nothing, and setting it loads Node's `v8` module, which
 * loads the stream modules (about 1 ms of a 20 ms `node -e 0`). Without it a `check` runs about 4%
 * fewer instructions.
 */
export const TUNED_COMMANDS: readonly string[] = ['solve', 'fix', 'lint', 'other'];

/** Whether a command (as `commandOf` names it) runs with V8_FLAGS. */
export function tunedFor(command: string): boolean {
  return TUNED_COMMANDS.includes(command);
}

/** Applies V8_FLAGS to this process. */
export function tuneV8(): void {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(V8_FLAGS);
}

export const MAIN = join(__dirname, 'cli-main.cjs');

/**
 * The commands with a code cache of their own; the others share one (`other`). A cache holds the
 * functions the runs that made it called, and V8 reads all of it: a `check` reads a cache of what
 * checks call, half the size of one made by every command, and runs about 3% fewer instructions.
 */
export const CACHED_COMMANDS: readonly string[] = ['check', 'solve', 'fix', 'gaps', 'probe', 'lint'];

/** The command a cache and the V8 flags are chosen by: one of CACHED_COMMANDS, else `other`. */
export function commandName(command: string | undefined): string {
  return command !== undefined && CACHED_COMMANDS.includes(command) ? command : 'other';
}

/**
 * The command of a command line: its first word that is not an option. (An option's value written
 * before the command picks `other`: the answer is the same, the run slower by what its cache lacks.)
 */
export function commandOf(argv: readonly string[]): string {
  return commandName(argv.find((a) => !a.startsWith('-')));
}

/** The cache file of a command (`other` for those without one of their own). */
export function cacheFile(command: string | undefined): string {
  return `${MAIN}.${commandName(command)}.cache`;
}

/** The cache for a command line. */
export function cacheFor(argv: readonly string[]): string {
  return cacheFile(commandOf(argv));
}

/** What the bundle compiles to once wrapped as Node wraps a CommonJS module. */
export type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** The compiled bundle, with the code cache when one fits it. */
export function compileMain(cachedData?: Buffer): Script {
  // The build writes the bundle as ASCII (tsup.config.ts): Latin-1 reads it into a one-byte string.
  const source = readFileSync(MAIN, 'latin1');
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  return new Script(wrapped, { filename: MAIN, ...(cachedData ? { cachedData } : {}) });
}

/** Runs the bundle once, as `require` would, with the process's own argv. */
export function runMain(script: Script): void {
  const module = { exports: {} };
  (script.runInThisContext() as ModuleFunction)(module.exports, createRequire(MAIN), module, MAIN, __dirname);
}

/** A cache file, if the build wrote it after the bundle (a bundle rebuilt since makes it stale). */
export function freshCache(file: string): Buffer | undefined {
  try {
    if (statSync(file).mtimeMs < statSync(MAIN).mtimeMs) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

if (require.main === module) {
  const command = commandOf(process.argv.slice(2));
  if (tunedFor(command)) tuneV8();
  runMain(compileMain(freshCache(cacheFile(command))));
}
