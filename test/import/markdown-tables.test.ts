import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { StackfitError } from '../../src/errors.ts';
import { parseMarkdownTables, splitRow } from '../../src/import/markdown-tables.ts';

describe('splitRow', () => {
  it.each([
    ['| a | b |', ['a', 'b']],
    ['a | b', ['a', 'b']],
    ['| `x|y` | b |', ['`x|y`', 'b']],
    ['| a \\| c | b |', ['a \\| c', 'b']],
    ['| ``a`|`b`` | c |', ['``a`|`b``', 'c']],
    ['| [v1](https://x/a|b) |', ['[v1](https://x/a', 'b)']],
    ['|  | b |', ['', 'b']],
  ])('%s', (line, cells) => expect(splitRow(line)).toEqual(cells));
});

describe('parseMarkdownTables', () => {
  it('reads indented tables under their heading and skips fenced code', () => {
    const text = ['# Releases', '', '```', '| not | a table |', '|---|---|', '```', '- item', '', '    | a | b |', '    | :-- | --: |', '    | 1 | <ul><li>x</li></ul> |', '', '| c |', '|---|', '| 2 |'].join('\n');
    const tables = parseMarkdownTables(text, 'x.md');
    expect(tables.map((t) => [t.heading, t.header, t.rows.map((r) => [r.line, ...r.cells])])).toEqual([
      ['Releases', ['a', 'b'], [[11, '1', '<ul><li>x</li></ul>']]],
      ['Releases', ['c'], [[15, '2']]],
    ]);
  });

  it('pads short rows and names the file and line of a row with too many cells', () => {
    expect(parseMarkdownTables('| a | b |\n|---|---|\n| 1 |\n', 'x.md')[0]!.rows[0]!.cells).toEqual(['1', '']);
    try {
      parseMarkdownTables('| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |\n', 'docs/x.md');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StackfitError);
      const issue = (e as StackfitError).issues[0]!;
      expect([issue.file, issue.line]).toEqual(['docs/x.md', 4]);
      expect(issue.message).toContain('expected at most 2');
    }
  });

  it('reads a long table in linear time', () => {
    const rows = Array.from({ length: 20_000 }, (_v, i) => `| ${i} | \`a|b\` | x \\| y |`);
    const start = performance.now();
    const [t] = parseMarkdownTables(['| a | b | c |', '|---|---|---|', ...rows].join('\n'), 'big.md');
    expect(t!.rows).toHaveLength(20_000);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  let withPipe = 0;
  test.prop([fc.array(fc.array(fc.stringMatching(/^[a-z0-9 .|`]{0,8}$/), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 })])(
    'a cell with an escaped pipe or a code span reads back as written',
    (rows) => {
      const cellOf = (s: string) => {
        const plain = s.replace(/[|`]/g, '').trim();
        if (!s.includes('|')) return plain;
        withPipe++;
        return s.length % 2 ? `\`${plain}|x\`` : `a${plain} \\| x`;
      };
      const body = rows.map((r) => r.map(cellOf));
      const text = ['| h1 | h2 |', '|----|----|', ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
      const [t] = parseMarkdownTables(text, 'p.md');
      expect(t!.rows.map((r) => r.cells)).toEqual(body);
    },
  );
  it('the property above exercised cells with pipes', () => expect(withPipe).toBeGreaterThan(20));
});
