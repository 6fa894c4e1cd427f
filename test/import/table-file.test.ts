import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTableText, renderTableText, writeFileAtomic } from '../../src/import/table-file.ts';

const TEXT = `# yaml-language-server: $schema=../../schema/table.json
id: t
sources: ["https://example.com/a"]
rows:
  # first block
  - ["1", null]
  - ["2", "x"]
  # second block
  - ["3", "y"]
notes: "kept"
`;

describe('table file rows', () => {
  it('keeps header, notes and comments above the rows they were above', () => {
    const t = readTableText(TEXT, 't.yaml');
    expect(t.rows).toEqual([['1', null], ['2', 'x'], ['3', 'y']]);
    expect(renderTableText(t, t.rows)).toBe(TEXT);
    const out = renderTableText(t, [['0', 'n'], ['1', null], ['3', 'z']]);
    expect(out).toBe(`# yaml-language-server: $schema=../../schema/table.json
id: t
sources: ["https://example.com/a"]
rows:
  - ["0", "n"]
  # first block
  - ["1", null]
  # second block
  - ["3", "z"]
notes: "kept"
`);
  });

  it('writes through a temporary file and leaves none behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackfit-import-'));
    const file = join(dir, 't.yaml');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['t.yaml']);
  });
});
