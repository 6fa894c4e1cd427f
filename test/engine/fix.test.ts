import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { check } from '../../src/engine/check.ts';
import { fix } from '../../src/engine/fix.ts';
import { loadDataset } from '../../src/node.ts';
import { MINI } from '../helpers.ts';

const matrix = Matrix.fromDataset(loadDataset(MINI));
const DATE = '2024-12-01';

describe('fix', () => {
  it('changes one item, the nearest release, and the result re-checks as it claims', () => {
    const items = ['npu-1', 'kit@1.0.RC1', 'plug@1.0.0', 'lang@3.11'];
    const r = fix(matrix, items, { date: DATE });
    expect(r.verdict).toBe('conflict');
    expect(r.fixes[0]!.changes).toEqual([{ id: 'lang', from: '3.11', to: '3.10' }]);
    for (const f of r.fixes) {
      const changed = items.map((i) => {
        const c = f.changes.find((x) => i.startsWith(`${x.id}@`));
        return c ? `${c.id}@${c.to}` : i;
      });
      expect(check(matrix, changed, { date: DATE }).verdict).toBe(f.verdict);
    }
  });

  it('never touches a pinned item', () => {
    const r = fix(matrix, ['npu-1', 'kit@1.0.RC1', 'plug@1.0.0', 'lang@3.11'], { date: DATE, pin: ['Acme Plug'] });
    expect(r.fixes.length).toBeGreaterThan(0);
    for (const f of r.fixes) expect(f.changes.map((c) => c.id)).not.toContain('plug');
  });

  it('returns no fixes for a stack that fits', () => {
    expect(fix(matrix, ['npu-1', 'kit@1.0.RC1', 'plug@1.0.0', 'lang@3.10'], { date: DATE })).toEqual({ verdict: 'fits', fixes: [] });
  });
});
