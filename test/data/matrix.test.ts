import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { loadDataset } from '../../src/node.ts';
import { MINI } from '../helpers.ts';

const matrix = Matrix.fromDataset(loadDataset(MINI));

describe('Matrix.resolve', () => {
  it.each([
    ['plug', 'plug'],
    ['acme_plug', 'plug'],
    ['Acme-Plug', 'plug'],
    ['ACME PLUG', 'plug'],
    ['极致一号', 'npu-1'],
    ['npu_one', 'npu-1'],
    ['NPU-1', 'npu-1'],
  ])('resolves %s to %s', (name, id) => {
    const r = matrix.resolve(name);
    expect(r.ok && r.product.id).toBe(id);
  });

  it('suggests close names for a near miss', () => {
    const r = matrix.resolve('plgu');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.suggestions).toContain('plug');
  });

  it('returns no suggestions for something far away, and never throws on junk', () => {
    expect(matrix.resolve('zzzzzzzzzzzz')).toEqual({ ok: false, input: 'zzzzzzzzzzzz', suggestions: [] });
    expect(matrix.resolve('\u0000\u202e'.repeat(500)).ok).toBe(false);
  });
});

describe('Matrix queries', () => {
  it('lists by kind and vendor', () => {
    expect(matrix.list({ kind: 'framework' }).map((p) => p.id)).toEqual(['lang', 'plug']);
    expect(matrix.list({ vendor: 'faraway' }).map((p) => p.id)).toEqual(['lang']);
    expect(matrix.list({ kind: 'framework', role: 'adapter' }).map((p) => p.id)).toEqual(['plug']);
  });

  it('searches names, Chinese names and vendors', () => {
    expect(matrix.search('plug').map((p) => p.id)[0]).toBe('plug');
    expect(matrix.search('极致').map((p) => p.id)).toEqual(expect.arrayContaining(['npu-1', 'kit', 'plug']));
    expect(matrix.search('faraway').map((p) => p.id)).toEqual(['lang']);
    expect(matrix.search('   ')).toEqual([]);
  });

  it('sorts releases by the product scheme', () => {
    expect(matrix.releases('kit').map((r) => r.version)).toEqual(['1.0.RC1', '1.0.0', '2.0.0']);
    expect(matrix.releases('nothing')).toEqual([]);
  });

  it('finds the tables a product appears in', () => {
    expect(matrix.tablesOf('kit').map((t) => t.id)).toEqual(['plug-kit']);
  });
});
