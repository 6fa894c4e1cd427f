/** The parts of `process` the guard needs (tests pass their own). */
export interface OutputProcess {
  readonly stdout: NodeJS.EventEmitter;
  readonly stderr: NodeJS.EventEmitter & { write(text: string): unknown };
  exit(code: number): never;
}

/**
 * Output that cannot be written ends the run with exit 2 and, where stderr still works, one line
 * saying why, never a stack trace: a full disk (`> /dev/full`, ENOSPC), a reader that closed the
 * pipe early (EPIPE, `| head`), an I/O error.
 */
export function guardOutput(proc: OutputProcess): void {
  let failed = false;
  proc.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    try {
      proc.stderr.write(cannotWrite(e));
    } catch {
      // stderr is gone too; the exit code says it.
    }
    proc.exit(2);
  });
  proc.stderr.on('error', () => proc.exit(2));
}

/** The line a failed write of the output ends the run with. */
export function cannotWrite(e: NodeJS.ErrnoException): string {
  const why = e.code === 'ENOSPC' ? 'no space left on the device' : e.code === 'EPIPE' ? 'the reader closed the pipe' : String(e.message).split('\n')[0];
  return `stackfit: cannot write the output: ${e.code ?? 'error'} (${why})\n`;
}
