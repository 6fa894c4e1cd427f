import { allWritten } from './fd-output.ts';
import { PROCESS_IO } from './io.ts';
import { prepare, run } from './run.ts';

const argv = process.argv.slice(2);
// Loads only what this command needs, then runs it.
void prepare(argv).then(() => {
  const code = run(argv, PROCESS_IO);
  // The answer is written: leave now instead of waiting for V8's background work (optimizing
  // compiles for code that will not run again), unless a stream still holds output to flush.
  if (allWritten()) process.exit(code);
  process.exitCode = code;
});
