import { PROCESS_IO } from './io.ts';
import { prepare, run } from './run.ts';

const argv = process.argv.slice(2);
// Loads only what this command needs, then runs it.
void prepare(argv).then(() => {
  process.exitCode = run(argv, PROCESS_IO);
});
