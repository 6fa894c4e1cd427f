import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { Matrix } from '../../src/data/matrix.ts';
import { tableStacks } from '../../src/data/table-stacks.ts';
import { check } from '../../src/engine/check.ts';
import { solve } from '../../src/engine/solve.ts';

const DATE = '2026-11-28';
const bundled = loadMatrix();

/** A deterministic shuffle, so a failure reproduces. */
function shuffled<T>(xs: readonly T[], seed = 7): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('memoized engine', () => {
  // Stacks that share pairs in different company: every table row, then the same rows with the
  // key product dropped (so table-row links must no longer apply) and with languages mixed.
  const rows = tableStacks(bundled).map((s) => s.items);
  const corpus = [...rows, ...rows.map((items) => items.slice(1)).filter((items) => items.length > 1)];

  it('gives the same results as a fresh matrix, whatever was checked before', () => {
    const shared = Matrix.fromDataset(bundled.dataset);
    const order = shuffled(corpus.map((items, i) => ({ items, lang: i % 3 === 0 ? ('zh' as const) : ('en' as const) })));
    for (const { items, lang } of order) check(shared, items, { date: DATE, lang });
    for (const { items, lang } of order.filter((_, i) => i % 9 === 0)) {
      const fresh = Matrix.fromDataset(bundled.dataset);
      expect(check(shared, items, { date: DATE, lang }), items.join(' ')).toEqual(check(fresh, items, { date: DATE, lang }));
    }
  });

  it('keeps results apart per architecture and workload', () => {
    const shared = Matrix.fromDataset(bundled.dataset);
    // CANN 5.0.4 lists EulerOS 2.8 for the Ascend 910 on aarch64 hosts only.
    for (const stack of [['ascend-910b', 'cann@8.0.0', 'torch_npu@2.4.0.post2', 'torch@2.4.0'], ['ascend-910', 'cann@5.0.4', 'euleros@2.8']]) {
      const verdicts = new Set<string>();
      for (const extra of [['x86_64'], ['aarch64'], ['training'], ['inference'], []]) {
        const fresh = Matrix.fromDataset(bundled.dataset);
        const got = check(shared, [...stack, ...extra], { date: DATE });
        expect(got).toEqual(check(fresh, [...stack, ...extra], { date: DATE }));
        verdicts.add(got.verdict);
      }
      if (stack[1] === 'cann@5.0.4') expect(verdicts.size).toBeGreaterThan(1);
    }
  });

  it('solve answers the same on a warm matrix as on a fresh one', () => {
    const shared = Matrix.fromDataset(bundled.dataset);
    solve(shared, ['ascend-910b', 'torch_npu'], { date: DATE, limit: 3 });
    solve(shared, ['ascend-910b', 'x86_64', 'torch_npu'], { date: DATE, limit: 3 });
    for (const items of [['ascend-910b', 'torch_npu'], ['ascend-910b', 'x86_64', 'torch_npu'], ['kunpeng-920', 'ascend-910b', 'vllm']]) {
      const fresh = Matrix.fromDataset(bundled.dataset);
      expect(solve(shared, items, { date: DATE, limit: 3 })).toEqual(solve(fresh, items, { date: DATE, limit: 3 }));
    }
  });

  it('returns results a caller may read but not corrupt for the next caller', () => {
    const m = Matrix.fromDataset(bundled.dataset);
    const stack = ['torch_npu@2.1.0.post10', 'torch@2.3.1'];
    const first = check(m, stack, { date: DATE });
    const snapshot = JSON.parse(JSON.stringify(first));
    (first.pairs as unknown[]).length = 0;
    (first.issues as unknown[]).length = 0;
    (first.components as unknown[]).length = 0;
    expect(JSON.parse(JSON.stringify(check(m, stack, { date: DATE })))).toEqual(snapshot);
  });
});
