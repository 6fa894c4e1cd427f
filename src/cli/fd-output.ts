import { fstatSync, statSync, writeSync } from 'node:fs';
import { cannotWrite, guardOutput } from './guard-output.ts';

/*
 * The CLI's output, written straight to file descriptors 1 and 2: a run that prints its answer
 * never builds `process.stdout` and `process.stderr` (streams, and for a pipe a socket), which is
 * about 3 ms of a 70 ms `check`. Short writes are continued. A descriptor that would block (a pipe
 * someone made non-blocking) hands the rest, and every later write, to Node's stream, which waits
 * for the reader. Any other failure (a closed pipe, a full disk) ends the run with one line on
 * stderr and exit 2, as `guardOutput` does for the streams.
 */

/** Descriptors whose output now goes through Node's stream (after a write that would block). */
const streamed = new Set<1 | 2>();

function stream(fd: 1 | 2): NodeJS.WriteStream {
  if (!streamed.size) guardOutput(process);
  streamed.add(fd);
  return fd === 1 ? process.stdout : process.stderr;
}

/** Whether everything so far was written synchronously (no stream holds output still to flush). */
export function allWritten(): boolean {
  return streamed.size === 0;
}

/** Writes all of the text to fd 1 or 2; see above for what happens when it cannot. */
export function writeOut(fd: 1 | 2, text: string): void {
  if (streamed.has(fd)) {
    stream(fd).write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EINTR') continue;
      if (err.code === 'EAGAIN') {
        stream(fd).write(bytes.subarray(done));
        return;
      }
      if (fd === 1) {
        try {
          writeSync(2, cannotWrite(err));
        } catch {
          // stderr is gone too; the exit code says it.
        }
      }
      process.exit(2);
    }
  }
}

const terminals = new Map<number, boolean>();

/** Node's tty module, loaded only to ask about a character device (it loads the network stack). */
function ttyModule(): typeof import('node:tty') {
  const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:tty');
  return (builtin ?? require('node:tty')) as typeof import('node:tty');
}

/**
 * Whether a descriptor is a terminal. Files, pipes and /dev/null are answered from fstat; only a
 * character device that may be a terminal loads Node's tty module to ask.
 */
export function isTerminal(fd: 1 | 2): boolean {
  let known = terminals.get(fd);
  if (known === undefined) {
    known = false;
    try {
      const st = fstatSync(fd);
      const devNull = st.isCharacterDevice() ? statSync('/dev/null', { throwIfNoEntry: false }) : undefined;
      if (st.isCharacterDevice() && !(devNull && devNull.rdev === st.rdev)) known = ttyModule().isatty(fd);
    } catch {
      known = false;
    }
    terminals.set(fd, known);
  }
  return known;
}
