import { describe, expect, it } from 'vitest';
import { diffRows, isEmptyDiff } from '../../src/import/diff-rows.ts';

describe('diffRows', () => {
  it('names added, removed and changed rows', () => {
    const before = [['2.4.0', '8.0.RC3'], ['2.3.1', '8.0.RC2'], ['1.8.1', '5.0.2']];
    const after = [['2.5.1', '8.1.RC1'], ['2.4.0', '8.0.RC3'], ['2.3.1', '8.0.RC3']];
    const d = diffRows(before, after);
    expect(d.added).toEqual([['2.5.1', '8.1.RC1']]);
    expect(d.removed).toEqual([['1.8.1', '5.0.2']]);
    expect(d.changed).toEqual([{ from: ['2.3.1', '8.0.RC2'], to: ['2.3.1', '8.0.RC3'], cells: [1] }]);
    expect(isEmptyDiff(d)).toBe(false);
  });

  it('tells a reorder from a change, and equal rows from both', () => {
    expect(diffRows([['a'], ['b']], [['b'], ['a']]).reordered).toBe(true);
    expect(isEmptyDiff(diffRows([['a', null]], [['a', null]]))).toBe(true);
  });
});
