import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { check } from '../../src/engine/check.ts';

const matrix = loadMatrix();
const DATE = '2026-11-28';
const verdict = (items: string[]) => check(matrix, items, { date: DATE });

/** Clear mismatches against the vendor tables: each must come back as a conflict naming the culprit. */
const CONFLICTS: [string, string[], string][] = [
  ['a torch_npu build with another PyTorch', ['torch_npu@2.1.0.post10', 'torch@2.3.1'], 'pytorch@2.3.1'],
  ['a torch_npu 2.4 build with PyTorch 2.1', ['torch_npu@2.4.0.post2', 'torch@2.1.0'], 'pytorch@2.1.0'],
  ['torch_npu 2.1 with a Python it has no wheels for', ['torch_npu@2.1.0.post10', 'torch@2.1.0', 'python@3.12'], 'python@3.12'],
  ['torch_npu 2.9 with Python 3.9', ['torch_npu@2.9.0', 'torch@2.9.0', 'python@3.9'], 'python@3.9'],
  ['MindSpore 1.7.1 with Python 3.10', ['mindspore@1.7.1', 'python@3.10'], 'python@3.10'],
  ['a vllm-ascend with another vLLM', ['vllm-ascend@0.13.0', 'vllm@0.11.0'], 'vllm@0.11.0'],
  ['vllm-ascend 0.11.0 with Python 3.12', ['vllm-ascend@0.11.0', 'vllm@0.11.0', 'python@3.12'], 'python@3.12'],
  ['vllm-ascend 0.13.0 with the torch_npu of another line', ['vllm-ascend@0.13.0', 'vllm@0.13.0', 'torch_npu@2.9.0'], 'torch-npu@2.9.0'],
];

describe('clear mismatches are conflicts', () => {
  for (const [name, items, culprit] of CONFLICTS) {
    it(name, () => {
      const r = verdict(items);
      expect(r.verdict).toBe('conflict');
      const issue = r.issues.find((i) => i.severity === 'error')!;
      expect(issue.components[0]).toBe(culprit);
      expect(issue.sources?.[0]).toMatch(/^https:\/\//);
    });
  }

  it('explains the culprit as the vendor says it, with the source', () => {
    const r = verdict(['torch_npu@2.1.0.post10', 'torch@2.3.1']);
    expect(r.issues[0]!.message).toMatch(/^Ascend Extension for PyTorch 2\.1\.0\.post10 requires PyTorch 2\.1\.0 \[https:\/\/github\.com\/Ascend\/pytorch\/blob\/[0-9a-f]{40}\/COMPATIBILITY\.en\.md\]; you gave PyTorch 2\.3\.1\.$/);
  });
});
