import { internalsOf, type Matrix } from '../data/matrix.ts';
import { sealDeep } from '../data/deep-freeze.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../schema/constants.ts';
import type { Product } from '../schema/product.ts';
import { pairAlone } from './check.ts';
import { compile } from './compiled.ts';
import { parseSelector, selects } from './selector.ts';
import { domainOf } from './solve/variables.ts';
import { StackfitError } from '../errors.ts';

export type CoverageMark = 'supported' | 'conflict' | 'unknown';

export interface CoverageCell {
  readonly mark: CoverageMark;
  readonly evidence?: Evidence;
  readonly sources: readonly string[];
  /** For a supported or conflicting cell: one pair of releases that shows it (`id@version`). */
  readonly example?: readonly [string, string];
  /** A conflict because the two products are on different vendors' closed lists (cannot apply). */
  readonly closed?: boolean;
}

export interface Coverage {
  readonly rows: readonly Product[];
  readonly columns: readonly Product[];
  /** cells[row][column] */
  readonly cells: readonly (readonly CoverageCell[])[];
}

/** Releases tried per product, newest first: enough for every table row in the data today. */
const MAX_RELEASES = 200;

const rank = (e: Evidence | undefined) => (e ? EVIDENCE_LEVELS.indexOf(e) : EVIDENCE_LEVELS.length);

/**
 * Product-level coverage between two layers (`accelerator` x `os`, `framework/adapter` x
 * `toolkit`), from the one pair evaluation check uses: a cell is supported when check calls some
 * pair of their releases supported (as a two-item stack), conflict when some pair conflicts and
 * none is supported (closed lists mark cross-vendor cells that cannot apply), unknown otherwise:
 * a data pull request waiting to be written.
 *
 * @example
 * coverage(loadMatrix(), 'database', 'os')
 */
export function coverage(matrix: Matrix, rowLayer: string, columnLayer: string): Coverage {
  const rs = parseSelector(rowLayer);
  const cs = parseSelector(columnLayer);
  if (!rs || !cs) throw new StackfitError({ code: 'bad-input', message: `"${(rs ? columnLayer : rowLayer).slice(0, 30)}" is not a layer` });
  const all = internalsOf(matrix).dataset.products;
  const rows = all.filter((p) => selects(rs, p) && !p.family);
  const columns = all.filter((p) => selects(cs, p) && !p.family);
  const compiled = compile(matrix);
  const cell = (a: Product, b: Product): CoverageCell => {
    const linked = compiled.mentions.get(a.id)?.has(b.id) || compiled.closed.has(a.id) || compiled.closed.has(b.id) || a.kind === 'cpu' || b.kind === 'cpu';
    if (!linked) return { mark: 'unknown', sources: [] };
    const da = domainOf(matrix, a).slice(0, MAX_RELEASES);
    const db = domainOf(matrix, b).slice(0, MAX_RELEASES);
    let conflict: { evidence?: Evidence; sources: readonly string[]; example: readonly [string, string]; closed: boolean } | undefined;
    for (const x of da) {
      for (const y of db) {
        const p = pairAlone(matrix, x, y);
        if (!p) continue;
        if (p.status === 'supported') return { mark: 'supported', ...(p.evidence ? { evidence: p.evidence } : {}), sources: p.sources, example: [p.a, p.b] };
        if (p.status === 'conflict' && (!conflict || rank(p.evidence) < rank(conflict.evidence))) {
          conflict = { ...(p.evidence ? { evidence: p.evidence } : {}), sources: p.sources, example: [p.a, p.b], closed: p.why.code === 'closed-list' };
        }
      }
    }
    if (conflict) return { mark: 'conflict', ...(conflict.evidence ? { evidence: conflict.evidence } : {}), sources: conflict.sources, example: conflict.example, ...(conflict.closed ? { closed: true } : {}) };
    return { mark: 'unknown', sources: [] };
  };
  // Frozen all the way down, like every answer: the products shown (and only those, not every
  // record of the matrix) and the cells.
  return sealDeep({ rows, columns, cells: rows.map((r) => columns.map((c) => cell(r, c))) });
}
