import { anyOf, emptyToNull, replace, text } from '../readers.ts';
import type { CellRule, ImporterSpec } from '../spec.ts';

/**
 * gpustack/runner README.md: one table per accelerator toolkit ("<Toolkit> Version (Variant) |
 * vLLM | SGLang"). vLLM versions become a `||` range; SGLang cells are labels, kept as read
 * (`0.5.10 (rc)`); empty cells are null.
 */
const UPSTREAM = 'https://github.com/gpustack/runner/blob/main/README.md';
const vllm: CellRule = { from: 'vLLM', read: [text, emptyToNull, anyOf(/\s*,\s*/)] };
const sglang: CellRule = { from: 'SGLang', read: [text, emptyToNull, replace(/(\S)\(/g, '$1 (')] };

function runner(table: string, toolkit: string, withSglang: boolean): ImporterSpec {
  const key = `${toolkit} Version (Variant)`;
  return {
    table,
    family: 'gpustack/runner README.md',
    upstream: UPSTREAM,
    format: 'markdown',
    select: { header: withSglang ? [key, 'vLLM', 'SGLang'] : [key, 'vLLM'] },
    cells: [{ from: key, read: [text] }, vllm, ...(withSglang ? [sglang] : []), { source: true }],
  };
}

export const GPUSTACK_RUNNER: readonly ImporterSpec[] = [
  runner('gpustack-dtk', 'DTK', true),
  runner('gpustack-runner-corex', 'CoreX', false),
  runner('gpustack-runner-maca', 'MACA', true),
  runner('gpustack-runner-musa', 'MUSA', true),
];
