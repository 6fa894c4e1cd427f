import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { check } from '../../src/engine/check.ts';
import { StackfitError } from '../../src/errors.ts';
import { loadDataset } from '../../src/node.ts';
import { MINI, miniWith } from '../helpers.ts';

const matrix = Matrix.fromDataset(loadDataset(MINI));
const run = (items: string[], date = '2024-12-01') => check(matrix, items, { date });
const codes = (items: string[], date?: string) => run(items, date).issues.map((i) => i.code);

describe('check', () => {
  it('fits when every relevant pair is supported and requirements are met', () => {
    const r = run(['npu-1', 'kit@1.0.RC1', 'plug@1.0.0', 'lang@3.10']);
    expect(r.verdict).toBe('fits');
    expect(r.pairs.map((p) => [p.a, p.b, p.status])).toEqual([
      ['npu-1', 'kit@1.0.RC1', 'supported'],
      ['kit@1.0.RC1', 'plug@1.0.0', 'supported'],
      ['plug@1.0.0', 'lang@3.10', 'supported'],
    ]);
    expect(r.pairs[0]!.sources).toEqual(['https://example.com/kit/hardware']);
    expect(r.pairs[0]!.evidence).toBe('vendor');
  });

  it('names the culprit and its source when a requirement is unmet', () => {
    const r = run(['plug@1.0.0', 'lang@3.11']);
    expect(r.verdict).toBe('conflict');
    const issue = r.issues.find((i) => i.code === 'requirement-unmet')!;
    expect(issue.message).toBe('Acme Plug 1.0.0 requires Lang >=3.9 <3.11 [https://example.com/plug/compat]; you gave Lang 3.11.');
    expect(issue.components).toEqual(['lang@3.11', 'plug@1.0.0']);
  });

  it('uses the vendor table: a key version allows only its rows', () => {
    const r = run(['plug@1.0.0.post1', 'kit@1.0.RC1', 'lang@3.9']);
    expect(r.verdict).toBe('conflict');
    expect(r.pairs.find((p) => p.b.startsWith('kit') || p.a.startsWith('kit'))!.reason).toContain('requires Acme Kit 1.0.0');
  });

  it('reports a known conflict', () => {
    const r = run(['plug@2.0.0', 'lang@3.9', 'kit@2.0.0']);
    expect(r.verdict).toBe('conflict');
    expect(r.issues[0]!.code).toBe('known-conflict');
  });

  it('keeps unknown apart from yes and no', () => {
    const r = run(['plug@2.0.0', 'lang@3.11', 'kit@2.0.0']);
    expect(r.verdict).toBe('unknown');
    expect(r.pairs.find((p) => p.a === 'plug@2.0.0' && p.b === 'lang@3.11')!.status).toBe('unknown');
    expect(codes(['plug@2.0.0', 'lang@3.11', 'kit@2.0.0'])).toContain('no-evidence');
  });

  it('says what is missing when a required product is absent', () => {
    const r = run(['plug@1.0.0', 'kit@1.0.RC1']);
    expect(r.verdict).toBe('unknown');
    expect(r.issues.find((i) => i.code === 'requirement-missing')!.message).toContain('the stack has no Lang');
  });

  it('decides a missing layer through its requirements (a chain)', () => {
    // The table says plug 1.0.0 needs kit 1.0.RC1; nothing is said about lang here: no chain.
    expect(run(['kit@1.0.RC1', 'lang@3.11']).verdict).not.toBe('conflict');
    const app = (id: string, needs: string, range: string) =>
      `# yaml-language-server: $schema=../../schema/product.json\nid: ${id}\nkind: framework\nrole: engine\nvendor: acme\nname: { en: "${id}", zh: "${id}" }\nscheme: pep440\nsources: ["https://example.com/${id}"]\nreleases:\n  - version: "1.0.0"\nrules:\n  - requires: { ${needs}: "${range}" }\n    evidence: vendor\n    sources: ["https://example.com/${id}/needs"]\n`;
    const t = miniWith({ 'frameworks/app.yaml': app('app', 'plug', '1.0.0'), 'frameworks/top.yaml': app('top', 'app', '1.0.0') });
    try {
      const m = Matrix.fromDataset(loadDataset(t.dir));
      const one = check(m, ['app@1.0.0', 'lang@3.11'], { date: '2024-12-01' });
      expect(one.verdict).toBe('conflict');
      expect(one.issues[0]!.message).toBe(
        'app 1.0.0 requires Acme Plug 1.0.0 [https://example.com/app/needs]; Acme Plug 1.0.0 requires Lang >=3.9 <3.11 [https://example.com/plug/compat]; you gave Lang 3.11.',
      );
      expect(one.issues[0]!.components).toEqual(['lang@3.11', 'app@1.0.0', 'plug']);
      const two = check(m, ['top@1.0.0', 'lang@3.11'], { date: '2024-12-01' });
      expect(two.verdict).toBe('conflict');
      expect(two.issues[0]!.message.split('; ')).toHaveLength(4);
      expect(two.issues[0]!.components).toEqual(['lang@3.11', 'top@1.0.0', 'app', 'plug']);
      expect(check(m, ['top@1.0.0', 'lang@3.10'], { date: '2024-12-01' }).verdict).not.toBe('conflict');
    } finally {
      t.done();
    }
  });

  it('does not let an item that nothing links to the rest pass as fitting', () => {
    const r = run(['npu-1', 'lang@3.10']);
    expect(r.verdict).toBe('unknown');
    expect(r.issues.filter((i) => i.code === 'no-evidence').map((i) => i.components[0])).toEqual(['npu-1', 'lang@3.10']);
  });

  it('asks for evidence on an edge the policy names for one product, not for its whole layer', () => {
    const stack = ['npu-1', 'kit@1.0.0', 'plug@1.0.0.post1', 'lang@3.10'];
    expect(run(stack).verdict).toBe('fits');
    const pairs = readFileSync(join(MINI, 'pairs.yaml'), 'utf8');
    const kit2 = readFileSync(join(MINI, 'toolkits', 'kit.yaml'), 'utf8').replace('id: kit', 'id: kit2').replace('Acme Kit', 'Acme Kit Two').replace('极致套件', '极致套件二');
    const t = miniWith({ 'pairs.yaml': `${pairs}  - { a: kit, b: framework/runtime, why: "kit installs packages built per lang release" }\n`, 'toolkits/kit2.yaml': kit2 });
    try {
      const m = Matrix.fromDataset(loadDataset(t.dir));
      const r = check(m, stack, { date: '2024-12-01' });
      expect(r.verdict).toBe('unknown');
      expect(r.pairs.find((p) => p.a === 'kit@1.0.0' && p.b === 'lang@3.10')?.status).toBe('unknown');
      // The same layer, another product: the entry does not ask for it.
      expect(check(m, ['npu-1', 'kit2@1.0.0', 'lang@3.10'], { date: '2024-12-01' }).pairs.some((p) => p.a.startsWith('kit2') && p.b.startsWith('lang'))).toBe(false);
    } finally {
      t.done();
    }
  });

  it('reports an architecture mismatch', () => {
    const r = run(['kit@1.0.0', 'loongarch64']);
    expect(r.verdict).toBe('conflict');
    expect(r.issues[0]!.code).toBe('arch-mismatch');
    expect(run(['kit@1.0.0', 'cpu-a']).arch).toBe('aarch64');
  });

  it('reports end of life on the query date', () => {
    expect(codes(['kit@1.0.0'], '2025-07-01')).toContain('eol');
    expect(codes(['kit@1.0.0'], '2025-01-01')).not.toContain('eol');
  });

  it('reports a version missing from the data', () => {
    expect(codes(['kit@3.0.0'])).toContain('unknown-version');
  });

  it('accepts versions the way people type them', () => {
    expect(run(['kit@1.0.rc1']).components[0]!.version).toBe('1.0.RC1');
    expect(run(['Acme-Plug@1.0.0.POST1']).components[0]!.version).toBe('1.0.0.post1');
  });

  it('speaks Chinese when asked', () => {
    const r = check(matrix, ['plug@1.0.0', 'lang@3.11'], { lang: 'zh', date: '2024-12-01' });
    expect(r.issues[0]!.message).toContain('要求');
  });

  it.each([
    [['nope'], 'unknown-name'],
    [['plgu@1.0.0'], 'unknown-name'],
    [['kit@1.0.X'], 'bad-version'],
    [['npu-1@1.0'], 'bad-version'],
    [['kit', 'Acme Kit'], 'duplicate-item'],
    [['@1.0'], 'bad-input'],
  ])('refuses %j with %s', (items, code) => {
    expect(() => run(items)).toThrowError(StackfitError);
    try {
      run(items);
    } catch (e) {
      expect((e as StackfitError).code).toBe(code);
    }
  });

  it('suggests the close name', () => {
    expect(() => run(['plgu'])).toThrowError(/Did you mean plug/);
  });
});

describe('tables gathered from several pages', () => {
  it('cite the page of the row that answers, not the table\'s first source', async () => {
    const { loadMatrix } = await import('../../src/data/load-matrix.ts');
    const r = check(loadMatrix(), ['opengauss@7.0.0-RC1', 'openeuler@24.03 LTS', 'kunpeng-920'], { date: '2026-11-28' });
    const pair = r.pairs.find((p) => p.a === 'opengauss@7.0.0-RC1' && p.b === 'openeuler@24.03 LTS')!;
    expect(pair.status).toBe('supported');
    expect(pair.sources).toEqual([expect.stringContaining('/blob/251bfeb56cd6f97f57d417c8a99e19899453e1d3/')]);
    expect(pair.reason).toContain('251bfeb56cd6f97f57d417c8a99e19899453e1d3');
  });
});
