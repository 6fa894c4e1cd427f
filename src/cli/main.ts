#!/usr/bin/env node
import { guardOutput } from './guard-output.ts';
import { PROCESS_IO } from './io.ts';
import { run } from './run.ts';

guardOutput(process);
process.exitCode = run(process.argv.slice(2), PROCESS_IO);
