import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { check } from '../../src/engine/check.ts';
import { solve } from '../../src/engine/solve.ts';
import { loadDataset } from '../../src/node.ts';
import { MINI } from '../helpers.ts';

const matrix = Matrix.fromDataset(loadDataset(MINI));
const DATE = '2024-12-01';

describe('solve', () => {
  it('completes missing versions and required layers, best first', () => {
    const r = solve(matrix, ['npu-1', 'plug'], { date: DATE });
    expect(r.stacks.length).toBeGreaterThan(0);
    const best = r.stacks[0]!;
    expect(best.verdict).toBe('fits');
    expect(best.items).toEqual(expect.arrayContaining(['npu-1']));
    expect(best.items.some((i) => i.startsWith('kit@'))).toBe(true);
    // plug 2.0.0 is the newest and needs kit 2.0.0 (vendor table); it requires no lang.
    expect(best.items).toEqual(expect.arrayContaining(['plug@2.0.0', 'kit@2.0.0']));
    const older = r.stacks.find((s) => s.items.includes('plug@1.0.0'));
    if (older) expect(older.items.some((i) => i.startsWith('lang@'))).toBe(true);
  });

  it('returns stacks that re-check with the verdict it claims', () => {
    for (const s of solve(matrix, ['plug', 'framework/runtime'], { date: DATE }).stacks) {
      expect(check(matrix, s.items, { date: DATE }).verdict).toBe(s.verdict);
      expect(s.verdict).not.toBe('conflict');
    }
  });

  it('keeps only fitting stacks when asked', () => {
    for (const s of solve(matrix, ['plug@2.0.0', 'framework/runtime'], { date: DATE, includeUnknown: false }).stacks) expect(s.verdict).toBe('fits');
  });

  it('prunes instead of enumerating every combination', () => {
    const r = solve(matrix, ['plug', 'kit', 'lang'], { date: DATE, limit: 1 });
    expect(r.stacks[0]!.verdict).toBe('fits');
    expect(r.explored).toBeLessThan(3 * 3 * 3 * 3);
  });
});

describe('solve on the bundled data', () => {
  it('completes "910B on Kunpeng, need vLLM" through the plugin that names them, without a long search', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = solve(loadMatrix(), ['ascend-910b', 'kunpeng-920', 'vllm'], { date: '2026-11-28', limit: 1 });
    expect(r.stacks[0]?.verdict).toBe('fits');
    expect(r.stacks[0]?.items.some((i) => i.startsWith('vllm-ascend@'))).toBe(true);
    // The plugin's own table names vLLM: it is tried before products that only share a column.
    expect(r.explored).toBeLessThan(1000);
  });
});
