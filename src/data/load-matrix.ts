import { DATASET_JSON } from '../generated/dataset.ts';
import type { Dataset } from '../schema/dataset.ts';
import { freezeRecords } from './deep-freeze.ts';
import { Matrix } from './matrix.ts';

let bundled: Matrix | undefined;

/** The bundled dataset as plain data (frozen). */
export function bundledDataset(): Dataset {
  return loadMatrix().dataset;
}

/**
 * The bundled records, validated at build time, indexed for queries. Parsed once, then cached.
 *
 * @example
 * import { loadMatrix } from 'stackfit';
 * loadMatrix().resolve('昇腾910B')
 */
export function loadMatrix(): Matrix {
  bundled ??= Matrix.fromDataset(freezeRecords(JSON.parse(DATASET_JSON) as Dataset));
  return bundled;
}
