import { describe, expect, it } from 'vitest';
import { jsonText, visible, visibleDeep, visibleText } from '../../src/report/visible.ts';

describe('visible', () => {
  it.each([
    ['cann\u001b[2J', 'cann\\x1b[2J'],
    ['\u009b31m', '\\x9b31m'],
    ['a\u0007b\u007f', 'a\\x07b\\x7f'],
    ['\u202etxt', '\\u202etxt'],
    ['line\nnext', 'line\\x0anext'],
    ['昇腾910B torch_npu', '昇腾910B torch_npu'],
  ])('%j is shown as %j', (input, shown) => {
    expect(visible(input)).toBe(shown);
  });

  it('visibleText keeps newlines, visibleDeep reaches every string', () => {
    expect(visibleText('a\u001b\nb')).toBe('a\\x1b\nb');
    expect(visibleDeep({ a: ['\u001b'], b: { c: '\u009b' }, n: 1 })).toEqual({ a: ['\\x1b'], b: { c: '\\x9b' }, n: 1 });
  });

  it('jsonText is JSON for the same value, with nothing raw a terminal would act on', () => {
    const value = { s: '\u001b\u009b\u202e\u2028ok' };
    const text = jsonText(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
  });
});
