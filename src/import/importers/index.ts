import type { ImporterSpec } from '../spec.ts';
import { PINGCAP_TIDB } from './pingcap-tidb.ts';
import { OCEANBASE_DOC } from './oceanbase-doc.ts';

/** Every table importer, one module per vendor file family. */
export const IMPORTERS: readonly ImporterSpec[] = [...PINGCAP_TIDB, ...OCEANBASE_DOC];

/** The importer for a table id, if there is one. */
export function findImporter(table: string): ImporterSpec | undefined {
  return IMPORTERS.find((s) => s.table === table);
}
