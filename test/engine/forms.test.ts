import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { parseStack } from '../../src/engine/parse-stack.ts';

const matrix = loadMatrix();
const read = (item: string) => {
  const c = parseStack(matrix, [item]).components[0]!;
  return c.version ? `${c.id}@${c.version}` : c.id;
};

describe('forms from the data', () => {
  // Each as a machine prints it or a person copies it; the data's forms say what it is.
  const cases: [string, string][] = [
    ['openEuler 22.03 (LTS-SP4)', 'openeuler@22.03 LTS SP4'],
    ['openeuler@22.03 (LTS-SP3)', 'openeuler@22.03 LTS SP3'],
    ['ubuntu@22.04 LTS', 'ubuntu@22.04'],
    ['Ubuntu 22.04.5 LTS (Jammy Jellyfish)', 'ubuntu@22.04'],
    ['910B4', 'ascend-910b'],
    ['ascend-910b4', 'ascend-910b'],
    ['Ascend_910B2C', 'ascend-910b'],
    ['910B2C', 'ascend-910b'],
    ['910B4-1', 'ascend-910b'],
    ['310P3', 'ascend-310p'],
    ['Atlas 800T A2', 'ascend-910b'],
    ['800I A2', 'ascend-910b'],
    ['HUAWEI Kunpeng 920 5250', 'kunpeng-920'],
    ['Kunpeng 920 7270Z', 'kunpeng-920'],
    ['npu-smi 24.1.0.1', 'ascend-hdk@24.1.0.1'],
  ];
  for (const [typed, meant] of cases) it(`"${typed}" is ${meant}`, () => expect(read(typed)).toBe(meant));

  it('reads a point release as its release, keeping the point release a rule may name', () => {
    const c = parseStack(matrix, ['ubuntu@22.04.5']).components[0]!;
    expect([c.version, c.release?.version, c.within?.text]).toEqual(['22.04.5', '22.04', '22.04']);
  });

  it('keeps what was typed as the input', () => {
    expect(parseStack(matrix, ['910B4-1']).components[0]!.input).toBe('910B4-1');
  });
  it('a form does not widen what is unknown: an unknown name still fails with close names', () => {
    expect(() => read('910X4')).toThrow(/unknown product "910X4"/);
  });
});
