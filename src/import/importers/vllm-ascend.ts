import { compactRange, eachOf, emptyToNull, part, pep440, stripV, text } from '../readers.ts';
import type { ImporterSpec } from '../spec.ts';

/**
 * vllm-project/vllm-ascend `docs/source/community/versioning_policy.md`, the release
 * compatibility matrix: `v` prefixes dropped, "PyTorch/torch_npu" split in two, Python
 * `>= 3.10, < 3.13` written `>=3.10 <3.13`, `v0.10.1/v0.10.1.1` as either version, N/A as null.
 */
export const VLLM_ASCEND: readonly ImporterSpec[] = [
  {
    table: 'vllm-ascend',
    family: 'vllm-project/vllm-ascend versioning_policy.md',
    upstream: 'https://github.com/vllm-project/vllm-ascend/blob/main/docs/source/community/versioning_policy.md',
    format: 'markdown',
    select: { header: ['vLLM Ascend', 'vLLM', 'Python', 'Stable CANN', 'PyTorch/torch_npu'], nth: 0 },
    cells: [
      { from: 'vLLM Ascend', read: [text, stripV] },
      { from: 'vLLM', read: [text, eachOf(/\s*\/\s*/, stripV)] },
      { from: 'Python', read: [text, compactRange] },
      { from: 'Stable CANN', read: [text] },
      { from: 'PyTorch/torch_npu', read: [text, part(0)] },
      { from: 'PyTorch/torch_npu', read: [text, part(1), pep440] },
      { from: 'Triton Ascend', read: [text, emptyToNull] },
      { from: 'Mooncake', read: [text, emptyToNull] },
    ],
  },
];
