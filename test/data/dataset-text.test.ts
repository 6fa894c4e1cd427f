import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetText, mentionsOf, readDatasetText } from '../../src/data/dataset-text.ts';
import { ruleMentions } from '../../src/engine/compiled.ts';
import { lint } from '../../src/lint/lint.ts';
import { compileDataset, datasetJson } from '../../src/load/compile.ts';

const dataset = compileDataset(lint('data').folder);
const text = datasetText(dataset, ruleMentions(dataset));

describe('the compiled dataset text (records parsed as read)', () => {
  it('reads back the same records, in the same key order, as the plain JSON the package ships', () => {
    const read = readDatasetText(text);
    expect(datasetJson(read)).toBe(datasetJson(dataset));
    expect(read).toEqual(dataset);
  });

  it('is ASCII, and is what the build writes for the CLI', () => {
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(readFileSync('dist-data/dataset.txt', 'latin1')).toBe(text);
  });

  it('parses a large field only when it is read, once', () => {
    const read = readDatasetText(text);
    const calls: string[] = [];
    const parse = JSON.parse;
    JSON.parse = (t: string, ...rest: []) => (calls.push(t.slice(0, 20)), parse(t, ...rest));
    try {
      const cann = read.products.find((p) => p.id === 'cann')!;
      expect(calls).toEqual([]);
      const rules = cann.rules;
      expect(calls.length).toBe(1);
      expect(cann.rules).toBe(rules);
      expect(calls.length).toBe(1);
    } finally {
      JSON.parse = parse;
    }
  });

  it('hands out records and their lists frozen, as the loader did before', () => {
    const read = readDatasetText(text);
    const p = read.products.find((x) => x.rules?.length)!;
    expect(Object.isFrozen(read.products)).toBe(true);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.rules)).toBe(true);
    expect(() => ((p as { id: string }).id = 'x')).toThrow();
  });

  it('carries the products each product\'s rules name, the same the engine finds by reading every rule', () => {
    const read = readDatasetText(text);
    const carried = mentionsOf(read)!;
    const computed = ruleMentions(dataset);
    expect(carried.size).toBe(computed.size);
    for (const [id, named] of computed) expect([...(carried.get(id) ?? [])].sort(), id).toEqual([...named].sort());
    expect(mentionsOf(dataset)).toBeUndefined();
  });

  it('rejects text that is not in this form', () => {
    expect(() => readDatasetText('{"vendors":[]}')).toThrow(/no line of records/);
  });
});
