import type { Matrix } from '../data/matrix.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../schema/constants.ts';
import type { Product } from '../schema/product.ts';
import { compile } from './compiled.ts';

export type CoverageMark = 'supported' | 'conflict' | 'unknown';

export interface CoverageCell {
  readonly mark: CoverageMark;
  readonly evidence?: Evidence;
  readonly sources: readonly string[];
}

export interface Coverage {
  readonly rows: readonly Product[];
  readonly columns: readonly Product[];
  /** cells[row][column] */
  readonly cells: readonly (readonly CoverageCell[])[];
}

const selects = (selector: string) => {
  const [kind, role] = selector.split('/');
  return (p: Product) => p.kind === kind && (!role || p.role === role);
};

/**
 * Product-level coverage between two layers (`accelerator` x `os`, `framework/adapter` x
 * `toolkit`): supported where some release pair has positive evidence (rules, vendor tables, or
 * for CPUs the architectures a product lists), conflict where the only evidence is negative,
 * unknown where the data says nothing: a data pull request waiting to be written.
 *
 * @example
 * coverage(loadMatrix(), 'database', 'os')
 */
export function coverage(matrix: Matrix, rowLayer: string, columnLayer: string): Coverage {
  const rows = matrix.products.filter(selects(rowLayer));
  const columns = matrix.products.filter(selects(columnLayer));
  const compiled = compile(matrix);
  const cell = (a: Product, b: Product): CoverageCell => {
    const positive: { evidence: Evidence; sources: readonly string[] }[] = [];
    const negative: { evidence: Evidence; sources: readonly string[] }[] = [];
    for (const [x, y] of [[a, b], [b, a]] as const) {
      for (const cr of compiled.rules.get(x.id) ?? []) {
        for (const t of cr.targets) {
          if (t.id !== y.id) continue;
          (t.relation === 'conflicts' ? negative : positive).push({ evidence: cr.rule.evidence, sources: cr.rule.sources });
        }
      }
    }
    for (const t of matrix.tablesOf(a.id)) {
      const ids = t.columns.map((c) => ('product' in c ? c.product : undefined));
      if (ids.includes(b.id)) positive.push({ evidence: t.evidence, sources: t.sources });
    }
    for (const [x, cpu] of [[a, b], [b, a]] as const) {
      if (cpu.kind === 'cpu' && x.kind !== 'cpu' && x.arch && cpu.arch) {
        (x.arch.some((arch) => cpu.arch!.includes(arch)) ? positive : negative).push({ evidence: 'vendor', sources: x.sources });
      }
    }
    const best = (list: typeof positive) => list.sort((p, q) => EVIDENCE_LEVELS.indexOf(p.evidence) - EVIDENCE_LEVELS.indexOf(q.evidence))[0]!;
    if (positive.length) {
      const top = best(positive);
      return { mark: 'supported', evidence: top.evidence, sources: [...new Set(positive.flatMap((p) => p.sources))] };
    }
    if (negative.length) {
      const top = best(negative);
      return { mark: 'conflict', evidence: top.evidence, sources: [...new Set(negative.flatMap((p) => p.sources))] };
    }
    return { mark: 'unknown', sources: [] };
  };
  return { rows, columns, cells: rows.map((r) => columns.map((c) => cell(r, c))) };
}
