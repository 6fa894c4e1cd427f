import type { ImporterSpec } from '../spec.ts';
import { ASCEND_PYTORCH, ASCEND_PYTORCH_RELEASE_NOTES } from './ascend-pytorch.ts';
import { CAMBRICON, CAMBRICON_TORCH_MLU } from './cambricon.ts';
import { DEEP_SPARK } from './deep-spark.ts';
import { GPUSTACK_RUNNER } from './gpustack-runner.ts';
import { MINDFORMERS } from './mindformers.ts';
import { MINDSPEED_LLM } from './mindspeed-llm.ts';
import { MINDSPORE_DOCS } from './mindspore-docs.ts';
import { OCEANBASE_DOC } from './oceanbase-doc.ts';
import { OPENGAUSS_DOCS } from './opengauss-docs.ts';
import { PADDLE_CUSTOM_GCU, PADDLE_CUSTOM_MLU, PADDLE_CUSTOM_NPU } from './paddle-custom-device.ts';
import { PINGCAP_TIDB } from './pingcap-tidb.ts';
import { VLLM_ASCEND } from './vllm-ascend.ts';

/** Every table importer, one module per vendor file family. */
export const IMPORTERS: readonly ImporterSpec[] = [...ASCEND_PYTORCH, ASCEND_PYTORCH_RELEASE_NOTES, ...VLLM_ASCEND, ...GPUSTACK_RUNNER, ...MINDFORMERS, ...MINDSPEED_LLM, ...MINDSPORE_DOCS, ...PINGCAP_TIDB, ...OCEANBASE_DOC, ...OPENGAUSS_DOCS, ...CAMBRICON, CAMBRICON_TORCH_MLU, PADDLE_CUSTOM_GCU, PADDLE_CUSTOM_MLU, PADDLE_CUSTOM_NPU, ...DEEP_SPARK];

/** The importer for a table id, if there is one. */
export function findImporter(table: string): ImporterSpec | undefined {
  return IMPORTERS.find((s) => s.table === table);
}
