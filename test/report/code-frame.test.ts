import { describe, expect, it } from 'vitest';
import { codeFrame, FRAME_WIDTH } from '../../src/report/code-frame.ts';

describe('codeFrame', () => {
  it('shows the line before, the line and a caret under the column', () => {
    expect(codeFrame('id: x\nkind: gpu\n', 2, 7)).toBe('  1 | id: x\n  2 | kind: gpu\n    |       ^');
  });

  it.each([0, 1, 5_000, 249_990, 499_999, 600_000])('cuts a 500,000-character line to a window around column %i, caret on the column', (col) => {
    const line = Array.from({ length: 50_000 }, (_, i) => String(i % 10).repeat(10)).join('');
    const frame = codeFrame(`rules:\n${line}\n`, 2, col);
    const [, body, caret] = frame.split('\n');
    expect(body!.length).toBeLessThan(FRAME_WIDTH + 12);
    expect(caret!.length).toBeLessThan(FRAME_WIDTH + 12);
    const at = Math.min(Math.max(col, 1), line.length + 1) - 1;
    const shownAt = caret!.indexOf('^');
    if (at < line.length) expect(body![shownAt]).toBe(line[at]);
    if (at > FRAME_WIDTH) expect(body).toMatch(/^ {2}2 \| …/);
    if (at < line.length - FRAME_WIDTH) expect(body).toMatch(/…$/);
  });

  it('escapes control characters and keeps the caret under the column after them', () => {
    const frame = codeFrame('a: "\u001b[2J" x\n', 1, 11);
    expect(frame).toBe(`  1 | a: "\\x1b[2J" x\n    | ${' '.repeat(13)}^`);
  });
});
