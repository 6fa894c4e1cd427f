import { describe, expect, it } from 'vitest';
import { parseHtmlTables } from '../../src/import/html-tables.ts';

describe('parseHtmlTables', () => {
  it('expands rowspan and colspan so each row has one cell per column', () => {
    const html = `## OS
<table>
<tr><th>OS</th><th>Version</th><th>Arch</th></tr>
<tr><td rowspan="2">Kylin</td><td>V10 SP1</td><td colspan="1">x86</td></tr>
<tr><td>V10 SP2</td><td>arm</td></tr>
<tr><td colspan="2">none</td><td>x86</td></tr>
</table>`;
    const [t] = parseHtmlTables(html, 'x.md');
    expect(t!.heading).toBe('OS');
    expect(t!.header).toEqual(['OS', 'Version', 'Arch']);
    expect(t!.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [4, 'Kylin', 'V10 SP1', 'x86'],
      [5, 'Kylin', 'V10 SP2', 'arm'],
      [6, 'none', 'none', 'x86'],
    ]);
  });
});
