import type { ImporterSpec } from '../spec.ts';
import { ASCEND_PYTORCH } from './ascend-pytorch.ts';
import { VLLM_ASCEND } from './vllm-ascend.ts';
import { PINGCAP_TIDB } from './pingcap-tidb.ts';
import { OCEANBASE_DOC } from './oceanbase-doc.ts';

/** Every table importer, one module per vendor file family. */
export const IMPORTERS: readonly ImporterSpec[] = [...ASCEND_PYTORCH, ...VLLM_ASCEND, ...PINGCAP_TIDB, ...OCEANBASE_DOC];

/** The importer for a table id, if there is one. */
export function findImporter(table: string): ImporterSpec | undefined {
  return IMPORTERS.find((s) => s.table === table);
}
