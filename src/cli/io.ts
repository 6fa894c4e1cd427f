import { visibleText } from '../report/visible.ts';
import { isTerminal, writeOut } from './fd-output.ts';

/** Where a command writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colour, symbols). */
  readonly tty: boolean;
  /** Rewrites one status line on a terminal (progress); does nothing elsewhere. */
  status?(text: string): void;
}

/** The process's own output (see fd-output.ts); whether stdout is a terminal is asked on first use. */
export const PROCESS_IO: Io = {
  out: (t) => writeOut(1, `${t}\n`),
  err: (t) => writeOut(2, `${t}\n`),
  get tty() {
    return isTerminal(1) && !process.env.NO_COLOR;
  },
  status: (t) => {
    if (isTerminal(2)) writeOut(2, `\r\u001b[2K${t}`);
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
