import { DATASET_TEXT } from '../generated/dataset.ts';
import type { Dataset } from '../schema/dataset.ts';
import { readDatasetText } from './dataset-text.ts';
import { Matrix } from './matrix.ts';

let bundled: Matrix | undefined;

/** The bundled dataset as plain data (frozen). */
export function bundledDataset(): Dataset {
  return loadMatrix().dataset;
}

/**
 * The bundled records, validated at build time, indexed for queries. Loaded once, then cached; a
 * record's releases, rules and rows are parsed the first time something reads them.
 *
 * @example
 * import { loadMatrix } from 'stackfit';
 * loadMatrix().resolve('昇腾910B')
 */
export function loadMatrix(): Matrix {
  bundled ??= Matrix.fromDataset(readDatasetText(DATASET_TEXT));
  return bundled;
}
