import { describe, expect, it } from 'vitest';
import { StackfitError } from '../../src/errors.ts';
import { parseRstGridTables } from '../../src/import/rst-tables.ts';

describe('parseRstGridTables', () => {
  it('reads a header, a cell spanning sub-rows, and CJK text by display width', () => {
    const text = [
      '.. table:: 依赖版本说明',
      '',
      '   +--------------------+-------------------+',
      '   | 版本               | 依赖组件版本      |',
      '   +====================+===================+',
      '   | MLU-OPS v1.5.z     | CNToolkit >= v4.0 |',
      '   |                    +-------------------+',
      '   | (z >= 1)           | CNNL >= v2.0.0    |',
      '   +--------------------+-------------------+',
    ].join('\n');
    const [t] = parseRstGridTables(text, 'x.rst');
    expect(t!.heading).toBe('依赖版本说明');
    expect(t!.header).toEqual(['版本', '依赖组件版本']);
    expect(t!.rows).toEqual([{ line: 6, cells: ['MLU-OPS v1.5.z (z >= 1)', 'CNToolkit >= v4.0<br>CNNL >= v2.0.0'] }]);
  });

  it('a table without a header row has an empty header; a short line is an error with its line', () => {
    expect(parseRstGridTables('+---+---+\n| a | 1 |\n+---+---+\n', 'x.rst')[0]!.header).toEqual([]);
    try {
      parseRstGridTables('+---+---+\n| a | 1 |\n| b\n+---+---+\n', 'v.rst');
      expect.unreachable();
    } catch (e) {
      expect((e as StackfitError).issues[0]).toMatchObject({ file: 'v.rst', line: 3 });
    }
  });
});
