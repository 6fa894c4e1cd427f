import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageOf, datasetText, mentionsOf, readDatasetText, tableCoverageOf } from '../../src/data/dataset-text.ts';
import { Matrix } from '../../src/data/matrix.ts';
import { SCHEMES } from '../../src/version/schemes/index.ts';
import { satisfies } from '../../src/version/range.ts';
import { cellMarks, compile, mayHold, ruleApplies, ruleCoverage, ruleMentions, tableCoverage } from '../../src/engine/compiled.ts';
import { lint } from '../../src/lint/lint.ts';
import { compileDataset, datasetJson } from '../../src/load/compile.ts';

const dataset = compileDataset(lint('data').folder);
// As the build writes it (scripts/build-data.ts).
const text = datasetText(dataset, ruleMentions(dataset), ruleCoverage(Matrix.fromDataset(dataset)), tableCoverage(Matrix.fromDataset(dataset)));

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

describe('which releases each rule holds for, written by the build', () => {
  const read = readDatasetText(text);

  it('reads back what the build worked out, per product, and the records stay the same', () => {
    const built = ruleCoverage(Matrix.fromDataset(dataset));
    const carried = coverageOf(read)!;
    expect(built.size).toBeGreaterThan(20);
    for (const [id, rules] of built) expect(carried(id), id).toEqual(rules);
    expect(carried('no-such-product')).toBeUndefined();
    expect(datasetJson(read)).toBe(datasetJson(dataset));
    expect(coverageOf(dataset)).toBeUndefined();
  });

  it('answers as the rule ranges do, for every rule and every release of its product and of its members', () => {
    const fast = Matrix.fromDataset(read);
    const slow = Matrix.fromDataset(dataset);
    const marks = coverageOf(read)!;
    const said = { y: 'yes', n: 'no', m: 'maybe' } as Record<string, string>;
    let asked = 0;
    let marked = 0;
    for (const p of read.products) {
      const scheme = p.scheme ? SCHEMES[p.scheme] : undefined;
      if (!scheme || !p.releases?.length) continue;
      const fastRules = compile(fast).rules.get(p.id) ?? [];
      const slowRules = compile(slow).rules.get(p.id) ?? [];
      expect(fastRules.length).toBe(slowRules.length);
      // The release records of the matrix read from the text: the ones a stack item carries.
      p.releases.forEach((release, r) => {
        const version = scheme.parse(release.version);
        for (let i = 0; i < fastRules.length; i++) {
          asked++;
          const expected = ruleApplies(slow, slowRules[i]!, version, release);
          expect(ruleApplies(fast, fastRules[i]!, version, release), `${p.id} rule ${i} @${release.version}`).toBe(expected);
          const mark = i < (p.rules?.length ?? 0) ? marks(p.id)?.[i]?.[r] : undefined;
          if (mark && mark !== '?') {
            marked++;
            expect(said[mark], `${p.id} rule ${i} mark @${release.version}`).toBe(expected);
          }
        }
      });
    }
    expect(asked).toBeGreaterThan(10_000);
    expect(marked).toBeGreaterThan(5_000);
  });

  it('leaves out of a rule list only the rules that do not hold for a release, in order, however often it is asked', () => {
    const fast = Matrix.fromDataset(read);
    const compiled = compile(fast);
    let lists = 0;
    let left = 0;
    for (const owner of ['cann', 'torch-npu', 'vllm-ascend', 'ascend-hdk', 'mindspore']) {
      const p = read.products.find((x) => x.id === owner)!;
      const scheme = SCHEMES[p.scheme!]!;
      for (const list of compiled.byTarget.get(owner)!.values()) {
        lists++;
        // Every release twice: the first asks of a list go unindexed, the later ones through the index.
        for (const release of [...p.releases!, ...p.releases!]) {
          const parsed = scheme.parse(release.version);
          const holds = ([cr]: (typeof list)[number]) => ruleApplies(fast, cr, parsed, release) !== 'no';
          const held = mayHold(fast, owner, list, { parsed, release });
          // Every rule that holds is kept, in list order; only rules that do not hold are left out.
          expect(held.filter(holds), `${owner} @${release.version}`).toEqual(list.filter(holds));
          expect(list.filter((e) => !held.includes(e)).some(holds)).toBe(false);
          left += list.length - held.length;
        }
        expect(mayHold(fast, owner, list, { parsed: scheme.parse(p.releases![0]!.version) })).toBe(list);
      }
    }
    expect(lists).toBeGreaterThan(20);
    expect(left).toBeGreaterThan(1_000);
  });

  it('asks the range for a version the data does not list as written', () => {
    // A series (`8.0`) given with a release record whose own mark says otherwise: the answer must be the series'.
    const fast = Matrix.fromDataset(read);
    const cann = read.products.find((p) => p.id === 'cann')!;
    const series = SCHEMES.cann!.parse('8.0')!;
    let asked = 0;
    for (const cr of compile(fast).rules.get('cann')!) {
      if (!cr.releases) continue;
      for (const release of cann.releases!) {
        const own = satisfies(cr.releases, SCHEMES.cann!.parse(release.version));
        const wanted = satisfies(cr.releases, series);
        if (own === wanted) continue;
        asked++;
        expect(ruleApplies(fast, cr, series, release)).toBe(wanted);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});

describe('which releases each table cell admits, written by the build', () => {
  const read = readDatasetText(text);

  it('reads back what the build worked out, per table, and the records stay the same', () => {
    const built = tableCoverage(Matrix.fromDataset(dataset));
    const carried = tableCoverageOf(read)!;
    expect(built.size).toBeGreaterThan(20);
    for (const [id, columns] of built) expect(carried(id), id).toEqual(columns);
    expect(carried('no-such-table')).toBeUndefined();
    expect(datasetJson(read)).toBe(datasetJson(dataset));
    expect(tableCoverageOf(dataset)).toBeUndefined();
  });

  it('answers as the cell ranges do, for every cell of every column and every release of its product', () => {
    const fast = Matrix.fromDataset(read);
    const said = { y: 'yes', m: 'maybe', n: 'no' } as Record<string, string>;
    let asked = 0;
    let marked = 0;
    for (const ct of compile(fast).tables.values()) {
      ct.products.forEach((id, col) => {
        const p = id ? read.products.find((x) => x.id === id) : undefined;
        const scheme = p?.scheme ? SCHEMES[p.scheme] : undefined;
        if (!p || !scheme) return;
        const cells = ct.column(col);
        for (const release of p.releases ?? []) {
          const version = scheme.parse(release.version);
          const marks = cellMarks(fast, ct, col, { parsed: version, release });
          if (marks !== undefined) marked++;
          cells.forEach((cell, r) => {
            asked++;
            const expected = cell ? satisfies(cell, version) : 'no';
            if (marks !== undefined) expect(said[marks[r]!], `${ct.table.id} column ${col} row ${r} @${release.version}`).toBe(expected);
          });
        }
      });
    }
    expect(asked).toBeGreaterThan(10_000);
    expect(marked).toBeGreaterThan(1_000);
  });

  it('leaves a version the data does not list as written to the cells', () => {
    const fast = Matrix.fromDataset(read);
    const ct = [...compile(fast).tables.values()].find((t) => t.products[0] === 'cann' && t.coverage(0))!;
    const release = read.products.find((p) => p.id === 'cann')!.releases![0]!;
    expect(cellMarks(fast, ct, 0, { parsed: SCHEMES.cann!.parse(release.version), release })).toBeDefined();
    expect(cellMarks(fast, ct, 0, { parsed: SCHEMES.cann!.parse('8.0'), release })).toBeUndefined();
    expect(cellMarks(fast, ct, 0, { parsed: SCHEMES.cann!.parse(release.version) })).toBeUndefined();
  });
});
