import { describe, expect, it } from 'vitest';
import { printable } from '../../src/probe/printable.ts';

describe('printable', () => {
  it('shows control characters, escape sequences and bidi overrides as escapes', () => {
    expect(printable('Kylin\u001b[31m V10\u0007')).toBe('Kylin\\x1b[31m V10\\x07');
    expect(printable('a\u009b2Jb\u202egnp.exe\u0000\u007f')).toBe('a\\u009b2Jb\\u202egnp.exe\\x00\\x7f');
    expect(printable('a\tb\r\n')).toBe('a b\\x0d\\x0a');
  });

  it('keeps ordinary text, Chinese included, unchanged', () => {
    expect(printable('银河麒麟 V10 (Sword) — Kunpeng-920')).toBe('银河麒麟 V10 (Sword) — Kunpeng-920');
  });

  it('cuts long text with an ellipsis; printing its result again changes nothing', () => {
    const long = `x\u001b${'y'.repeat(500)}`;
    expect(printable(long, 10)).toBe('x\\x1byyyyyyyy…');
    expect(printable(printable(long), Infinity)).toBe(printable(long));
  });
});
