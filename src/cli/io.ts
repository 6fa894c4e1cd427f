import { visibleText } from '../report/visible.ts';

/** Where a command writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colour, symbols). */
  readonly tty: boolean;
  /** Rewrites one status line on a terminal (progress); does nothing elsewhere. */
  status?(text: string): void;
}

export const PROCESS_IO: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  tty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  status: (t) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\u001b[2K${t}`);
  },
};

export function color(io: Io, code: number, text: string): string {
  return io.tty ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/**
 * The same output with every line passed through `visible`: for commands that print data or user
 * input without colour, so nothing they echo can drive the terminal.
 */
export function safeIo(io: Io): Io {
  return { ...io, out: (t) => io.out(visibleText(t)), err: (t) => io.err(visibleText(t)) };
}
