import { dropPrefix, pep440 } from '../readers.ts';
import type { ReleaseListSpec } from './release-list.ts';

/** Every release-list importer: where a product's vendor lists its releases. */
export const RELEASE_LISTS: readonly ReleaseListSpec[] = [
  {
    product: 'vllm-ascend',
    upstream: 'https://github.com/vllm-project/vllm-ascend/blob/main/docs/source/user_guide/release_notes.md',
    format: 'headings',
    pattern: /^v(\d[\w.]*)\s*-\s*(\d{4}\.\d{2}\.\d{2})/,
    read: [pep440],
  },
  {
    product: 'torch-npu',
    upstream: 'https://github.com/Ascend/pytorch/blob/master/COMPATIBILITY.en.md',
    format: 'table-column',
    header: ['TorchNPU installation package version', 'PyTorch Version'],
    column: 'TorchNPU installation package version',
    read: [pep440],
  },
  {
    product: 'mindspore',
    upstream: 'https://github.com/mindspore-ai/docs/blob/master/resource/release/release_list_en.md',
    format: 'headings',
    pattern: /^(\d+\.\d+\.\d+(?:-?(?:rc|alpha|beta)\d*)?)$/,
    read: [pep440],
  },
  {
    product: 'cann',
    upstream: 'https://github.com/Ascend/pytorch/blob/master/COMPATIBILITY.en.md',
    format: 'table-column',
    header: ['TorchNPU installation package version', 'CANN version'],
    column: 'CANN version',
    read: [dropPrefix('CANN ')],
  },
  {
    product: 'torch-musa',
    upstream: 'https://github.com/MooreThreads/torch_musa/tags',
    format: 'git-tags',
    pattern: /^v?(\d+\.\d+\.\d+(?:\.post\d+)?)$/,
    read: [pep440],
  },
];
