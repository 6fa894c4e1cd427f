import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { check } from '../../src/engine/check.ts';
import { searchContext, solve } from '../../src/engine/solve.ts';
import { Search } from '../../src/engine/solve/search.ts';
import { buildProblem } from '../../src/engine/solve/variables.ts';
import { readOptions } from '../../src/engine/options.ts';
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

  it('stops a run at its share of the budget and lets the next run go on (one bridge cannot starve the others)', () => {
    const { parsed, vars } = buildProblem(matrix, ['plug', 'kit', 'lang']);
    const opts = readOptions({ date: DATE });
    const search = new Search(matrix, searchContext(matrix, vars, parsed), parsed, opts, { limit: 1, budget: 1000, keepUnknown: true, order: () => 0 });
    search.run(vars, true, 1);
    expect(search.explored).toBeLessThanOrEqual(2);
    expect(search.fits).toBe(0);
    expect(search.done).toBe(false);
    search.run(vars, true);
    expect(search.fits).toBe(1);
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

describe('solve explains, ranks and labels (bundled data)', () => {
  const DAY = '2026-11-28';
  it('says why nothing fits when the given items conflict, ending at the user\'s items', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = solve(loadMatrix(), ['torch-npu@2.1.0.post10', 'pytorch@2.5.1', 'python'], { date: DAY });
    expect(r.stacks.filter((s) => s.verdict === 'fits')).toEqual([]);
    expect(r.explanation?.code).toBe('fixed-conflict');
    expect(r.explanation?.steps[0]!.message).toMatch(/requires PyTorch 2\.1\.0 \[https:\/\/github\.com\/Ascend\/pytorch\/.*\]; you gave PyTorch 2\.5\.1\./);
  });

  it('with every item given and nothing to choose, says what keeps them from fitting, not an unrelated linking product', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    // Nothing the data holds pairs CANN 8.2.RC2 with an HDK release.
    const r = solve(loadMatrix(), ['cann@8.2.RC2', 'ascend-hdk@25.2.0'], { date: DAY });
    expect(r.stacks.filter((s) => s.verdict === 'fits')).toEqual([]);
    expect(r.explanation?.code).toBe('fixed-unknown');
    expect(r.explanation?.steps[0]!.message).toMatch(/^no evidence that CANN .*8\.2\.RC2 works with Ascend HDK .*25\.2\.0\.$/);
    expect(r.explanation?.steps.map((s) => s.message).join(' ')).not.toContain('has releases that work with the items given');
    // A pair described only for given accelerators says so.
    const scoped = solve(loadMatrix(), ['cann@7.0.RC1', 'ascend-hdk@23.0.RC1'], { date: DAY });
    expect(scoped.explanation?.code).toBe('fixed-unknown');
    expect(scoped.explanation?.steps[0]!.message).toContain('add the accelerator to decide');
    const one = solve(loadMatrix(), ['cann@8.0.0'], { date: DAY });
    expect(one.explanation?.code).toBe('fixed-unknown');
    expect(one.explanation?.steps[0]!.message).toContain('alone: nothing to check it against');
  });

  it('never proposes the plugin of a vLLM release that cannot run on the given Python: nothing fits, because', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = solve(loadMatrix(), ['ascend-910b', 'vllm@0.13.0', 'python@3.12'], { date: DAY });
    expect(r.stacks.some((s) => s.items.some((i) => i.startsWith('vllm-ascend@')))).toBe(false);
    expect(r.explanation?.code).toBe('no-candidate');
    const codes = r.explanation!.steps.map((s) => s.code);
    expect(codes[0]).toBe('candidates');
    expect(codes).toContain('requires');
    expect(codes.at(-1)).toBe('nothing-left');
    for (const s of r.stacks) expect(s.unknownPairs.length + s.issues.length).toBeGreaterThan(0);
  });

  it('ranks stable releases before release candidates (openGauss 7.0.0 LTS, not 7.0.0-RC2)', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = solve(loadMatrix(), ['opengauss', 'kunpeng-920', 'os'], { date: DAY, limit: 3 });
    expect(r.stacks[0]!.items.find((i) => i.startsWith('opengauss@'))).toMatch(/^opengauss@\d+\.\d+\.\d+$/);
  });

  it('with prefer domestic, counts domestic layers (more first)', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = solve(loadMatrix(), ['tidb@8.5.0', 'kunpeng-920', 'os'], { date: DAY, limit: 3, prefer: 'domestic' });
    for (const s of r.stacks) expect(s.components.every((c) => c.origin === 'CN')).toBe(true);
  });

  it('prints stacks that paste back into a shell', async () => {
    const { renderSolve } = await import('../../src/report/render-solve.ts');
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = solve(loadMatrix(), ['tidb@8.5.0', 'kunpeng-920', 'os'], { date: DAY, limit: 1, prefer: 'domestic' });
    expect(renderSolve(r.stacks, r.explanation, 'en')).toMatch(/'kylin@V10 SP\d'/);
  });
});
