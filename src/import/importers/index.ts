import type { ImporterSpec } from '../spec.ts';
import { PINGCAP_TIDB } from './pingcap-tidb.ts';

/** Every table importer, one module per vendor file family. */
export const IMPORTERS: readonly ImporterSpec[] = [...PINGCAP_TIDB];

/** The importer for a table id, if there is one. */
export function findImporter(table: string): ImporterSpec | undefined {
  return IMPORTERS.find((s) => s.table === table);
}
