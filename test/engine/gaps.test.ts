import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { coverage } from '../../src/engine/coverage.ts';
import { gaps } from '../../src/engine/gaps.ts';
import { loadDataset } from '../../src/node.ts';
import { MINI } from '../helpers.ts';

const matrix = Matrix.fromDataset(loadDataset(MINI));

describe('gaps', () => {
  it('lists pairs without evidence with a ready-to-edit rule, and imported layers', () => {
    const r = gaps(matrix, ['plug@2.0.0', 'lang@3.11', 'kit@2.0.0'], { date: '2024-12-01' });
    expect(r.verdict).toBe('unknown');
    expect(r.missing).toHaveLength(1);
    expect(r.missing[0]).toMatchObject({ a: 'plug@2.0.0', b: 'lang@3.11', file: 'data/frameworks/plug.yaml' });
    expect(r.missing[0]!.snippet).toContain('supports: { lang: "3.11" }');
    expect(r.imported.map((c) => c.id)).toEqual(['lang']);
  });
});

describe('coverage', () => {
  it('marks evidenced, conflicting and missing pairs between layers', () => {
    const c = coverage(matrix, 'framework', 'toolkit');
    expect(c.rows.map((p) => p.id)).toEqual(['lang', 'plug']);
    expect(c.cells.map((row) => row[0]!.mark)).toEqual(['unknown', 'supported']);
    expect(c.cells[1]![0]!.sources).toEqual(['https://example.com/plug/table']);
    const cpu = coverage(matrix, 'toolkit', 'cpu');
    expect(cpu.cells[0]![0]!.mark).toBe('supported');
  });

  it('hands out its answer frozen, products and cells alike', () => {
    const c = coverage(matrix, 'framework', 'toolkit');
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.cells[1]![0]!)).toBe(true);
    expect(Object.isFrozen(c.cells[1]![0]!.sources)).toBe(true);
    expect(Object.isFrozen(c.rows[1]!)).toBe(true);
    expect(Object.isFrozen(c.rows[1]!.releases)).toBe(true);
  });
});
