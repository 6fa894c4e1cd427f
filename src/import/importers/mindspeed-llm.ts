import { dropPrefix, eachOf, leadingVersion, raw, text } from '../readers.ts';
import type { ImporterSpec } from '../spec.ts';

/**
 * Ascend/MindSpeed-LLM `docs/en/release_notes_llm.md`: the software version matrix (Table 1) and
 * the "Version Compatibility Information" table. `(commercial)` after a version is dropped; rows
 * and cells without a release (`master (under development)`, `In development`) are null.
 */
const FAMILY = 'Ascend/MindSpeed-LLM release_notes_llm.md';
const UPSTREAM = 'https://github.com/Ascend/MindSpeed-LLM/blob/master/docs/en/release_notes_llm.md';

export const MINDSPEED_LLM: readonly ImporterSpec[] = [
  {
    table: 'mindspeed-llm',
    family: FAMILY,
    upstream: UPSTREAM,
    format: 'markdown',
    select: { header: ['MindSpeed LLM version', 'MindSpeed Core code branch name', 'Megatron version', 'PyTorch version', 'CANN version', 'Python version'] },
    cells: [
      { from: 'MindSpeed LLM version', read: [text, leadingVersion] },
      { from: 'MindSpeed Core code branch name', read: [text] },
      { from: 'Megatron version', read: [text] },
      { from: 'PyTorch version', read: [text] },
      { from: 'Ascend Extension for PyTorch version', read: [text] },
      { from: 'CANN version', read: [text, leadingVersion] },
      { from: 'Python version', read: [text, dropPrefix('Python ')] },
    ],
  },
  {
    table: 'mindspeed-llm-cann',
    family: FAMILY,
    upstream: UPSTREAM,
    format: 'markdown',
    select: { header: ['MindSpeed LLM version', 'CANN version', 'Ascend Extension for PyTorch version'], exact: true },
    cells: [
      { from: 'MindSpeed LLM version', read: [text] },
      { from: 'CANN version', read: [raw, eachOf(/<br\s*\/?>/i, dropPrefix('CANN '))] },
      { from: 'Ascend Extension for PyTorch version', read: [text] },
    ],
  },
];
