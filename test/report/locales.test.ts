import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ReasonCode } from '../../src/engine/reasons.ts';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { check } from '../../src/engine/check.ts';
import { EN } from '../../src/report/locales/en.ts';
import { ZH } from '../../src/report/locales/zh.ts';
import { renderCheck } from '../../src/report/render-check.ts';

describe('locales', () => {
  it('have a renderer for every reason code (a missing one does not compile)', () => {
    expectTypeOf<keyof typeof EN.reasons>().toEqualTypeOf<ReasonCode>();
    expectTypeOf<keyof typeof ZH.reasons>().toEqualTypeOf<ReasonCode>();
    expect(Object.keys(ZH.reasons).sort()).toEqual(Object.keys(EN.reasons).sort());
  });

  it('render the same reasons in Chinese with Chinese punctuation, kinds and verdicts', () => {
    const r = check(loadMatrix(), ['torch_npu@2.1.0.post10', 'torch@2.3.1'], { date: '2026-11-28', lang: 'zh' });
    const unmet = r.pairs.find((p) => p.status === 'conflict')!;
    expect(unmet.reason).toContain('；而你给出的是 PyTorch 2.3.1。');
    expect(unmet.reason).not.toMatch(/\]; /);
    const text = renderCheck(r, 'zh');
    expect(text).toContain('结论：冲突');
    expect(text).toContain('［适配插件，国产］');
    expect(text).toContain('进口（美国）');
    expect(text).not.toMatch(/\[fits\]|\bdomestic\b|\bimported\b/);
  });

  it('keep reasons as data apart from their text: the same pair in two languages has equal params', () => {
    const m = loadMatrix();
    const en = check(m, ['torch_npu@2.1.0.post10', 'torch@2.3.1'], { date: '2026-11-28' });
    const zh = check(m, ['torch_npu@2.1.0.post10', 'torch@2.3.1'], { date: '2026-11-28', lang: 'zh' });
    expect(zh.pairs.map((p) => p.params)).toEqual(en.pairs.map((p) => p.params));
    expect(zh.pairs[0]!.reason).not.toBe(en.pairs[0]!.reason);
  });
});
