import { prepare } from '../src/cli/run.ts';

// The CLI loads each command when it is asked for; tests call `run` directly, so load them all.
await prepare();
