import { parseRange } from '../version/range.ts';
import type { Matrix } from './matrix.ts';

export interface CorpusStack {
  /** Where the stack comes from, e.g. `tables/torch-npu-pytorch-cann row 3`. */
  readonly origin: string;
  readonly items: readonly string[];
}

/**
 * Every vendor-table row as a stack: one item per product cell, at the first version the cell
 * names, plus the table's architecture, workload or accelerator scope. A ready corpus of known-good
 * stacks.
 */
export function tableStacks(matrix: Matrix): CorpusStack[] {
  const out: CorpusStack[] = [];
  for (const t of matrix.tables) {
    t.rows.forEach((row, r) => {
      // A row whose key product cell is empty states nothing a stack can reproduce.
      if ('product' in t.columns[0]! && row[0] === null) return;
      const items: string[] = [
        ...(t.when?.arch?.slice(0, 1) ?? []),
        ...(t.when?.workload?.slice(0, 1) ?? []),
        ...(t.when?.accelerator?.slice(0, 1) ?? []),
      ];
      t.columns.forEach((c, i) => {
        const cell = row[i];
        if (!('product' in c) || cell === null || cell === undefined) return;
        const p = matrix.product(c.product);
        if (!p) return;
        if (!p.scheme) return void items.push(p.id);
        try {
          const v = parseRange(p.scheme, cell).versions[0];
          if (v) items.push(`${p.id}@${v.text}`);
        } catch {
          // A cell the linter rejects is not part of the corpus.
        }
      });
      if (items.filter((i) => matrix.resolve(i.split('@')[0]!).ok).length >= 2) out.push({ origin: `tables/${t.id} row ${r + 1}`, items });
    });
  }
  return out;
}
