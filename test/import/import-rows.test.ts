import { describe, expect, it } from 'vitest';
import { StackfitError } from '../../src/errors.ts';
import { importRows } from '../../src/import/import-rows.ts';
import { proseCell } from '../../src/import/prose.ts';
import { dropPrefix, text } from '../../src/import/readers.ts';
import type { ImporterSpec, UpstreamFile } from '../../src/import/spec.ts';

const file = (text: string, url = 'https://example.com/a', vars: Record<string, string> = {}): UpstreamFile => ({ path: `${url.slice(-1)}.md`, text, url, vars });
const base = { table: 't', family: 'test files', upstream: 'https://example.com', format: 'markdown' as const };

describe('importRows', () => {
  it('maps columns by header name, fills merged cells down and keeps the order printed', () => {
    const spec: ImporterSpec = { ...base, select: { header: ['CANN', 'torch_npu'] }, fillDown: ['CANN'], cells: [{ from: 'torch_npu', read: [text] }, { from: 'CANN', read: [text, dropPrefix('CANN ')] }] };
    const md = '| CANN | torch_npu |\n|---|---|\n| CANN 8.0.RC3 | `2.4.0` |\n| | [2.3.1.post2](x) |\n';
    expect(importRows(spec, [file(md)])).toEqual([['2.4.0', '8.0.RC3'], ['2.3.1.post2', '8.0.RC3']]);
  });

  it('reads prose through a dictionary and names file, line and dictionary for a new phrase', () => {
    const dict = { 'Kylin V10 SP1/SP2': { kylin: 'V10 SP1 || V10 SP2' }, 'UOS V20': { uos: 'V20' } };
    const spec: ImporterSpec = { ...base, select: { header: ['OS'] }, cells: [proseCell(dict, 'OS_DICT', 'OS', 'kylin'), proseCell(dict, 'OS_DICT', 'OS', 'uos')] };
    expect(importRows(spec, [file('| OS |\n|---|\n| Kylin V10 SP1/SP2 |\n| UOS V20 |\n')])).toEqual([['V10 SP1 || V10 SP2', null], [null, 'V20']]);
    try {
      importRows(spec, [file('| OS |\n|---|\n| UOS V20 |\n| Kylin V11 |\n')]);
      expect.unreachable();
    } catch (e) {
      expect((e as StackfitError).issues[0]).toMatchObject({ file: 'a.md', line: 4, message: 'cannot read "Kylin V11" (column "OS"): not in OS_DICT' });
    }
  });

  it('first-seen keeps a later file only for keys no earlier file printed, citing the first', () => {
    const spec: ImporterSpec = { ...base, select: { header: ['v', 'x'] }, merge: 'first-seen', mergeKey: [0], cells: [{ from: 'v' }, { from: 'x' }, { source: true }] };
    const rows = importRows(spec, [file('| v | x |\n|-|-|\n| 2 | b |\n', 'https://e/1'), file('| v | x |\n|-|-|\n| 2 | old |\n| 1 | a |\n', 'https://e/2')]);
    expect(rows).toEqual([['2', 'b', 'https://e/1'], ['1', 'a', 'https://e/2']]);
  });

  it('citeOwnRelease: a release row cites its own notes when they print it', () => {
    const spec: ImporterSpec = { ...base, select: { header: ['v', 'x'] }, merge: 'first-seen', mergeKey: [0], citeOwnRelease: true, cells: [{ from: 'v' }, { from: 'x' }, { source: true }] };
    const table = '| v | x |\n|-|-|\n| 2 | b |\n| 1 | a |\n';
    expect(importRows(spec, [file(table, 'https://e/2', { release: '2' }), file(table, 'https://e/1', { release: '1' })])).toEqual([['2', 'b', 'https://e/2'], ['1', 'a', 'https://e/1']]);
  });

  it('reads a Y matrix, facts outside tables, and several table shapes', () => {
    const html = '## Compat\n<table><thead><tr><th rowspan="2">P</th><th colspan="2">CANN</th></tr><tr><th>8.5.X</th><th>9.0.X</th></tr></thead><tbody><tr><td>7.3.X</td><td>Y</td><td></td></tr></tbody></table>\n\n## List\n\n| P | CANN |\n|-|-|\n| 7.0.0 | 8.0.0 |\n\nversion: 7.3.1\n';
    const spec: ImporterSpec = {
      ...base,
      format: 'markdown+html',
      select: { header: ['P', 'CANN'], exact: true },
      cells: [{ from: 'P' }, { from: 'CANN' }, { find: /^version: (\S+)/m }],
      parts: [
        { select: { header: ['P'], heading: /^Compat$/ }, cells: [{ from: 'P' }, { matrix: /^CANN (\d+\.\d+)\.X$/, yes: /^Y$/ }, { find: /^version: (\S+)/m }] },
        { select: { header: ['P', 'CANN'], exact: true }, cells: [{ from: 'P' }, { from: 'CANN' }, { const: null }] },
      ],
    };
    expect(importRows(spec, [file(html)])).toEqual([['7.3.X', '8.5', '7.3.1'], ['7.0.0', '8.0.0', null]]);
  });

  it('one row per page, an optional column, a vertical table and a kept row', () => {
    const onePerFile: ImporterSpec = { ...base, onePerFile: true, select: { header: [] }, cells: [{ var: 'release' }, { find: /pip install pkg==(\S+)/ }, { find: /image:(\S+)/, all: true }] };
    expect(importRows(onePerFile, [file('pip install pkg==1.2\nimage:a\nimage:b\nimage:a\n', 'https://e/x', { release: '9' })])).toEqual([['9', '1.2', 'a, b']]);
    const vertical: ImporterSpec = { ...base, transpose: true, select: { header: ['name', 'cnnl'] }, cells: [{ from: 'cnnl' }, { from: 'cncl', optional: true }] };
    expect(importRows(vertical, [file('| name | version |\n|-|-|\n| cnnl | 1.2 |\n')])).toEqual([['1.2', null]]);
    const kept: ImporterSpec = { ...base, select: { header: ['b'] }, keep: (row) => row.cells[0] === row.file.vars.branch, cells: [{ from: 'b' }] };
    expect(importRows(kept, [file('| b |\n|-|\n| r1 |\n| r2 |\n', 'https://e/y', { branch: 'r2' })])).toEqual([['r2']]);
  });
});
