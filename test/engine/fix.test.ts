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

describe('fix on the bundled data', () => {
  const DAY = '2026-11-28';
  it('repairs a partial stack with the pin held, adding the layer it lacks (README example)', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = fix(loadMatrix(), ['torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11'], { date: DAY, pin: ['torch'] });
    expect(r.fixes.length).toBeGreaterThan(0);
    const first = r.fixes[0]!;
    expect(first.changes).toContainEqual(expect.objectContaining({ id: 'torch-npu', from: '2.9.0' }));
    expect(first.changes).toContainEqual(expect.objectContaining({ id: 'cann', from: null }));
    for (const f of r.fixes) expect(f.changes.map((c) => c.id)).not.toContain('pytorch');
  });

  it('repairs torch_npu 2.1.0.post10 with PyTorch 2.3.1 pinned by moving torch_npu to a 2.3.1 build', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = fix(loadMatrix(), ['torch-npu@2.1.0.post10', 'pytorch@2.3.1'], { date: DAY, pin: ['pytorch'] });
    expect(r.fixes[0]!.changes.find((c) => c.id === 'torch-npu')!.to).toMatch(/^2\.3\.1/);
  });

  it('finds a one-change fix on a full stack with hardware pinned', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = fix(loadMatrix(), ['ascend-910b', 'kunpeng-920', 'cann@8.0.0', 'torch_npu@2.1.0.post10', 'torch@2.3.1', 'python@3.10'], { date: DAY, pin: ['ascend-910b', 'kunpeng-920'] });
    expect(r.fixes[0]!.changes).toHaveLength(1);
  });

  it('says a pin rules everything out instead of returning nothing', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = fix(loadMatrix(), ['torch-npu@2.1.0.post10', 'pytorch@2.5.1'], { date: DAY, pin: ['torch-npu', 'pytorch'] });
    expect(r.fixes).toEqual([]);
    expect(r.explanation?.code).toBe('fixed-conflict');
  });
});
