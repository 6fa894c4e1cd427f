import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { lint } from '../../src/lint/lint.ts';
import { compileDataset, datasetJson, mergeDatasets } from '../../src/load/compile.ts';
import { KINDS } from '../../src/schema/constants.ts';
import { loadDataset } from '../../src/node.ts';
import { MINI } from '../helpers.ts';

describe('compiled dataset', () => {
  it('compiles the same input to the same bytes', () => {
    const a = datasetJson(compileDataset(lint('data').folder));
    const b = datasetJson(compileDataset(lint('data').folder));
    expect(a).toBe(b);
    if (existsSync('dist-data/data.json')) expect(readFileSync('dist-data/data.json', 'utf8')).toBe(`${a}\n`);
  });

  it('ships the data as ASCII JSON that reads back to the same records (names in Chinese included)', () => {
    const dataset = compileDataset(lint('data').folder);
    const json = datasetJson(dataset);
    expect(json).toMatch(/^[\u0000-\u007f]*$/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(json).toContain('\\u6607\\u817e'); // 昇腾
    expect(loadMatrix().resolve('昇腾910B').ok).toBe(true);
  });

  it('ships at least one sourced record of every kind', () => {
    const m = loadMatrix();
    for (const kind of KINDS) expect(m.list({ kind }).length, kind).toBeGreaterThan(0);
    for (const p of m.products) expect(p.sources.length, p.id).toBeGreaterThan(0);
    for (const p of m.products) for (const r of p.rules ?? []) expect(r.sources.length, p.id).toBeGreaterThan(0);
  });

  it('freezes every record and its lists, so a caller cannot change what the memos rely on', () => {
    const m = loadMatrix();
    expect(Object.isFrozen(m.dataset)).toBe(true);
    expect(Object.isFrozen(m.products)).toBe(true);
    const p = m.products.find((x) => x.releases?.length && x.rules?.length)!;
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.releases)).toBe(true);
    expect(Object.isFrozen(p.rules)).toBe(true);
    expect(Object.isFrozen(m.tables[0]!.rows)).toBe(true);
    expect(() => {
      'use strict';
      (p.releases as unknown[]).push({ version: '0' });
    }).toThrow(TypeError);
  });

  it('lays private records over the bundled ones by id', () => {
    const base = loadMatrix().dataset;
    const merged = mergeDatasets(base, loadDataset(MINI));
    expect(merged.products.length).toBe(base.products.length + 5);
    expect(merged.products.map((p) => p.id)).toEqual([...merged.products.map((p) => p.id)].sort());
  });
});
