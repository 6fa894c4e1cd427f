#!/usr/bin/env node
import { PROCESS_IO } from './io.ts';
import { run } from './run.ts';

process.exitCode = run(process.argv.slice(2), PROCESS_IO);
