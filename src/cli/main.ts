#!/usr/bin/env node
import { PROCESS_IO } from './io.ts';
import { run } from './run.ts';

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = run(process.argv.slice(2), PROCESS_IO);
