import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.ts';
import { loadMatrix } from '../../src/data/load-matrix.ts';

describe('answers people can use', () => {
  it('show never prints undefined or null, for any bundled product, in either language', () => {
    for (const p of loadMatrix().products) {
      for (const lang of ['en', 'zh']) {
        const r = cli('show', p.id, '--lang', lang);
        expect(r.code, p.id).toBe(0);
        expect(r.out, `${p.id} ${lang}`).not.toMatch(/undefined|null|\[object /);
      }
    }
  });

  it('solve prints stacks that paste back into a shell, and exits 0 when one fits', () => {
    const r = cli('solve', 'tidb@8.5.0', 'kunpeng-920', 'os', '--prefer', 'domestic', '--limit', '2', '--date', '2026-11-28');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. \[fits\] tidb@8\.5\.0 kunpeng-920 'kylin@V10 SP\d'$/m);
  });

  it('solve says why nothing fits, step by step with sources, and exits 3 when only unknown stacks remain', () => {
    const r = cli('solve', 'ascend-910b', 'vllm@0.13.0', 'python@3.12', '--date', '2026-11-28');
    expect(r.out).toContain('No stack fits.');
    expect(r.out).toMatch(/why:\n  1\. the vLLM Ascend releases that work with vLLM 0\.13\.0 are .* \[https:\/\/github\.com\/vllm-project\/vllm-ascend\//);
    expect(r.out).toMatch(/so no vLLM Ascend release known to work with vLLM 0\.13\.0 works with Python 3\.12\./);
    expect([1, 3]).toContain(r.code);
    const json = JSON.parse(cli('solve', 'ascend-910b', 'vllm@0.13.0', 'python@3.12', '--json', '--date', '2026-11-28').out);
    expect(json.explanation.code).toBe('no-candidate');
    expect(json.explanation.steps[0]).toMatchObject({ code: 'candidates', message: expect.any(String), sources: expect.any(Array) });
  });

  it('fix prints the README examples\' fixes, adding a layer as "- -> version"', () => {
    const r = cli('fix', 'torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11', '--pin', 'torch', '--date', '2026-11-28');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. .*torch-npu 2\.9\.0 -> 2\.8\.0.*cann - -> /m);
    const json = JSON.parse(cli('fix', 'torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11', '--pin', 'torch', '--json', '--date', '2026-11-28').out);
    expect(json.fixes[0].changes).toContainEqual(expect.objectContaining({ id: 'cann', from: null }));
    expect(cli('fix', 'torch-npu@2.1.0.post10', 'pytorch@2.3.1', '--pin', 'pytorch', '--date', '2026-11-28').code).toBe(0);
  });

  it('an unknown pin is an error, exit 2', () => {
    const r = cli('fix', 'torch_npu@2.9.0', 'torch@2.8.0', '--pin', 'nosuchthing');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown product "nosuchthing" given to pin/);
  });

  it('check of one item is unknown (exit 3) and says why', () => {
    const r = cli('check', 'cann@8.0.0');
    expect(r.code).toBe(3);
    expect(r.out).toContain('nothing to check it against');
  });

  it('the matrix in Chinese aligns CJK names and marks cells that cannot apply', () => {
    const r = cli('matrix', 'accelerator', 'toolkit', '--lang', 'zh');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const header = lines[0]!;
    const row = lines.find((l) => l.startsWith('寒武纪MLU290'))!;
    expect(header.indexOf('异构计算架构CANN')).toBeGreaterThan(0);
    expect(row).toContain('–');
    expect(r.out).toContain('不适用');
  });
});
