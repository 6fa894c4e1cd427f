import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { Matrix } from '../../src/data/matrix.ts';
import { check } from '../../src/engine/check.ts';
import { fix } from '../../src/engine/fix.ts';
import { solve } from '../../src/engine/solve.ts';
import { StackfitError } from '../../src/errors.ts';
import { parseVersion } from '../../src/version/parse-version.ts';

const m = loadMatrix();
const DATE = '2026-11-28';

/** The code of the StackfitError a call throws (fails the test when it throws anything else or nothing). */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(StackfitError);
    expect((e as StackfitError).message).not.toContain('\n');
    return (e as StackfitError).code;
  }
  throw new Error('expected a StackfitError');
}

describe('user strings never reach object prototypes', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
    it(`"${name}" is an unknown name, alone and next to a product`, () => {
      expect(codeOf(() => check(m, [name]))).toBe('unknown-name');
      expect(codeOf(() => check(m, ['cann', name]))).toBe('unknown-name');
      expect(m.resolve(name).ok).toBe(false);
    });
  }
});

describe('architectures are consistent', () => {
  it('a CPU against an architecture item conflicts', () => {
    const r = check(m, ['kunpeng-920', 'x86_64'], { date: DATE });
    expect(r.verdict).toBe('conflict');
    expect(r.issues[0]).toMatchObject({ code: 'arch-mismatch', components: ['kunpeng-920'] });
    expect(r.issues[0]!.params).toMatchObject({ code: 'arch-bad', arch: 'x86_64', arches: ['aarch64'] });
  });

  it('a CPU against an architecture item conflicts, whatever else the stack holds', () => {
    expect(check(m, ['kunpeng-920', 'loongarch64', 'openeuler'], { date: DATE }).verdict).toBe('conflict');
  });

  it('two architecture items conflict instead of the last one winning', () => {
    const r = check(m, ['x86_64', 'cann@8.0.0', 'aarch64'], { date: DATE });
    expect(r.verdict).toBe('conflict');
    expect(r.issues.some((i) => i.params.code === 'two-arches')).toBe(true);
  });

  it('two CPUs of different architectures conflict', () => {
    const r = check(m, ['kunpeng-920', 'hygon-c86-7285', 'openeuler@22.03 LTS'], { date: DATE });
    expect(r.verdict).toBe('conflict');
    expect(r.issues.find((i) => i.code === 'arch-mismatch')!.params.code).toBe('arch-disjoint');
  });

  it('says which architectures an answer holds for', () => {
    expect(check(m, ['tidb@8.5.0', 'kylin@V10 SP3'], { date: DATE }).arches).toEqual(['aarch64', 'x86_64']);
    expect(check(m, ['tidb@8.5.0', 'kunpeng-920'], { date: DATE })).toMatchObject({ arch: 'aarch64', arches: ['aarch64'] });
  });
});

describe('answers cannot be changed from outside', () => {
  const STACK = ['ascend-910b', 'cann@8.0.0', 'torch_npu@2.4.0.post2', 'torch@2.4.0', 'python@3.10'];

  it('returned results, records and release lists are frozen all the way down', () => {
    const fresh = Matrix.fromDataset(structuredClone(m.dataset));
    const before = check(fresh, STACK, { date: DATE });
    const attempts: (() => unknown)[] = [
      () => ((before.components[0]!.name as { en: string }).en = 'changed'),
      () => (before.pairs[0]!.sources as string[]).push('https://example.com/x'),
      () => ((before.pairs[0] as { status: string }).status = 'conflict'),
      () => (fresh.releases('cann') as unknown[]).push({ version: '99.0.0' }),
      () => ((fresh.releases('cann')[0] as { eol?: string }).eol = '2000-01-01'),
      () => ((fresh.product('cann')!.rules as unknown[]).length = 0),
      () => ((fresh.product('torch-npu')!.name as { en: string }).en = 'changed'),
      () => (fresh.tables[0]!.rows as unknown[]).pop(),
      () => ((fresh.tables[0]!.rows[0] as (string | null)[])[0] = 'x'),
      () => ((fresh.dataset.products[0]!.sources as string[])[0] = 'x'),
      () => ((fresh.resolve('cann') as { product: { id: string } }).product.id = 'x'),
    ];
    attempts.forEach((attempt, i) => expect(attempt, `attempt ${i}`).toThrow(TypeError));
    expect(check(fresh, STACK, { date: DATE })).toEqual(before);
    expect(check(fresh, STACK, { date: DATE })).toEqual(check(Matrix.fromDataset(structuredClone(m.dataset)), STACK, { date: DATE }));
  });
});

describe('no silent rounding', () => {
  it('refuses numbers that would not compare exactly, in every scheme', () => {
    for (const [item] of [['cann@999999999999999999999.0'], ['torch@2.1.0.post99999999999999999999'], ['ubuntu@22.9999999999999999999'], ['kylin@V10 SP99999999999999999'], ['openeuler@22.03 LTS SP99999999999999999'], ['tidb@8.99999999999999999999.0'], ['ascend-hdk@24.1.RC99999999999999999']]) {
      expect(codeOf(() => check(m, [item!, 'ascend-910b'])), item).toBe('bad-version');
    }
    expect(codeOf(() => parseVersion('pep440', '1.0.99999999999999999999'))).toBe('bad-version');
    // Fifteen digits still compare exactly.
    expect(parseVersion('dotted', '1.999999999999999').text).toBe('1.999999999999999');
  });
});

describe('the library API refuses misuse clearly', () => {
  const cases: [string, () => unknown, string][] = [
    ['a string instead of items', () => check(m, 'cann' as unknown as string[]), 'bad-input'],
    ['no matrix', () => check(undefined as unknown as Matrix, ['cann']), 'bad-input'],
    ['items first', () => check(['cann'] as unknown as Matrix, ['cann']), 'bad-input'],
    ['a number item', () => check(m, [123 as unknown as string]), 'bad-input'],
    ['an empty stack', () => check(m, []), 'bad-input'],
    ['solve with null', () => solve(m, null as unknown as string[]), 'bad-input'],
    ['solve with nothing', () => solve(m, []), 'bad-input'],
    ['fix with nothing', () => fix(m, []), 'bad-input'],
    ['an unknown language', () => check(m, ['cann'], { lang: 'fr' as 'en' }), 'bad-input'],
    ['a date that is not a date', () => check(m, ['cann'], { date: 'garbage' }), 'bad-input'],
    ['a day that does not exist', () => check(m, ['cann'], { date: '2024-02-30' }), 'bad-input'],
    ['an unknown workload', () => check(m, ['cann'], { workload: 'mining' as 'training' }), 'bad-input'],
    ['an empty version', () => check(m, ['cann@']), 'bad-version'],
    ['an unknown pin', () => fix(m, ['torch_npu@2.9.0', 'torch@2.8.0'], { pin: ['nonexistent'] }), 'unknown-name'],
    ['a pin that is not in the stack', () => fix(m, ['torch_npu@2.9.0', 'torch@2.8.0'], { pin: ['cann'] }), 'bad-input'],
    ['a bad limit', () => solve(m, ['cann'], { limit: 0 }), 'bad-input'],
    ['a bad preference', () => solve(m, ['cann'], { prefer: 'imported' as 'domestic' }), 'bad-input'],
  ];
  for (const [what, run, code] of cases) it(`${what}: ${code}`, () => expect(codeOf(run)).toBe(code));

  it('a leap day is a day', () => {
    expect(check(m, ['cann@8.0.0', 'ascend-910b'], { date: '2024-02-29' }).date).toBe('2024-02-29');
  });
});

describe('a check with nothing to pair', () => {
  it('is unknown, and says there is nothing to check it against', () => {
    const r = check(m, ['cann@8.0.0'], { date: DATE });
    expect(r.verdict).toBe('unknown');
    expect(r.issues.map((i) => i.params.code)).toContain('alone');
  });
});
