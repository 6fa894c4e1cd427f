import { visible } from './visible.ts';

/** Widest stretch of a line shown in a frame; longer lines show a window around the column. */
export const FRAME_WIDTH = 100;

/** The part of a line from `start` to `start + FRAME_WIDTH`, with … where it was cut, escaped. */
function window(line: string, start: number): string {
  const end = start + FRAME_WIDTH;
  return `${start > 0 ? '…' : ''}${visible(line.slice(start, end))}${end < line.length ? '…' : ''}`;
}

/**
 * The line of a problem with a caret under its column, and one line of context before it. Lines
 * longer than `FRAME_WIDTH` are cut to a window around the column; control characters are escaped.
 * Pass the text split into lines when framing many problems of one file.
 *
 * @example
 * codeFrame('id: x\nkind: gpu\n', 2, 7)
 */
export function codeFrame(text: string | readonly string[], line: number, col: number): string {
  const lines = typeof text === 'string' ? text.split('\n') : text;
  const at = Math.min(Math.max(line, 1), lines.length);
  const width = String(at).length;
  const here = (lines[at - 1] ?? '').replace(/\t/g, '→');
  const column = Math.min(Math.max(col, 1), here.length + 1) - 1;
  const start = here.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(column - (FRAME_WIDTH >> 1), here.length - FRAME_WIDTH));
  const out: string[] = [];
  for (let n = Math.max(1, at - 1); n <= at; n++) {
    const body = (lines[n - 1] ?? '').replace(/\t/g, '→');
    out.push(`  ${String(n).padStart(width)} | ${body.length <= FRAME_WIDTH && start === 0 ? visible(body) : window(body, start)}`);
  }
  const caret = (start > 0 ? 1 : 0) + visible(here.slice(start, column)).length;
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(caret)}^`);
  return out.join('\n');
}
