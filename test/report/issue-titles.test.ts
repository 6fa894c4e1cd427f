import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_TITLES_ZH } from '../../src/report/issue-titles.ts';

describe('Chinese issue titles', () => {
  it('cover every code the loader and the lint checks can report', () => {
    const dirs = ['src/load', 'src/lint', 'src/lint/checks'];
    const codes = new Set<string>();
    for (const d of dirs) {
      for (const f of readdirSync(d).filter((x) => x.endsWith('.ts'))) {
        for (const m of readFileSync(join(d, f), 'utf8').matchAll(/code: '([a-z-]+)'/g)) codes.add(m[1]!);
        for (const m of readFileSync(join(d, f), 'utf8').matchAll(/\? '([a-z]+-[a-z-]+)'/g)) codes.add(m[1]!);
      }
    }
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes].filter((c) => !ISSUE_TITLES_ZH[c])).toEqual([]);
  });
});
