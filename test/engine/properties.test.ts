import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { check } from '../../src/engine/check.ts';
import { coverage } from '../../src/engine/coverage.ts';
import { fix } from '../../src/engine/fix.ts';
import { isPolicyPair } from '../../src/engine/relevant-pairs.ts';
import { solve } from '../../src/engine/solve.ts';
import type { Dataset, Product, Rule, Table } from '../../src/schema/index.ts';

/*
 * Generated datasets: two cards of two vendors, a toolkit, an adapter and a runtime, the software
 * with a few releases each. Every dataset has a backbone: the newest release of each software
 * product is stated to work with the newest of the next layer (card-a, kit, plug, lang), as vendor
 * tables usually do. On top come random statements: rules (requires / supports / conflicts, on one
 * release or all, scoped to an architecture or a card, some supports lists closed) and a vendor
 * table keyed by the adapter. Stacks take the newest releases half of the time, so fitting,
 * unknown and conflicting stacks all come up often (the distribution is asserted below).
 */
const VERSIONS = ['1.0.0', '1.1.0', '2.0.0', '2.1.0'];
const SOFT = ['kit', 'plug', 'lang'] as const;
const ALL = ['card-a', 'card-b', ...SOFT] as const;
const SRC = ['https://example.com/src'];
const DATE = '2025-01-01';

const releaseSet = fc.subarray(VERSIONS, { minLength: 2 });
const ruleArb = fc.record({
  from: fc.constantFrom(...SOFT),
  to: fc.constantFrom(...ALL),
  relation: fc.constantFrom('supports', 'supports', 'supports', 'supports', 'requires', 'conflicts'),
  own: fc.option(fc.constantFrom(...VERSIONS), { nil: undefined, freq: 2 }),
  target: fc.option(fc.constantFrom(...VERSIONS), { nil: undefined, freq: 2 }),
  scope: fc.constantFrom('none', 'none', 'none', 'arch', 'card'),
  closed: fc.boolean(),
  evidence: fc.constantFrom('vendor', 'tested'),
});
const rowArb = fc.tuple(fc.constantFrom(...VERSIONS), fc.constantFrom(...VERSIONS), fc.constantFrom(...VERSIONS));

const datasetArb = fc
  .record({ kit: releaseSet, plug: releaseSet, lang: releaseSet, rules: fc.array(ruleArb, { minLength: 3, maxLength: 12 }), rows: fc.array(rowArb, { maxLength: 4 }) })
  .map(({ kit, plug, lang, rules, rows }) => {
    const rel = (vs: string[]) => [...vs].sort().map((version) => ({ version }));
    const has: Record<string, string[]> = { kit, plug, lang };
    const card = (id: string, vendor: string): Product => ({ id, kind: 'accelerator', vendor, name: { en: id, zh: id }, sources: SRC });
    const products: Product[] = [
      card('card-a', 'v'),
      card('card-b', 'x'),
      { id: 'kit', kind: 'toolkit', vendor: 'v', name: { en: 'Kit', zh: 'Kit' }, arch: ['aarch64', 'x86_64'], scheme: 'pep440', sources: SRC, releases: rel(kit), rules: [] },
      { id: 'plug', kind: 'framework', role: 'adapter', vendor: 'v', name: { en: 'Plug', zh: 'Plug' }, scheme: 'pep440', sources: SRC, releases: rel(plug), rules: [] },
      { id: 'lang', kind: 'framework', role: 'runtime', vendor: 'w', name: { en: 'Lang', zh: 'Lang' }, scheme: 'pep440', sources: SRC, releases: rel(lang), rules: [] },
    ];
    const newest = (id: string) => rel(has[id]!).at(-1)!.version;
    const backbone: [string, string, string][] = [['kit', 'card-a', '*'], ['plug', 'kit', newest('kit')], ['plug', 'lang', newest('lang')]];
    for (const [from, to, target] of backbone) products.find((p) => p.id === from)!.rules!.push({ releases: newest(from), supports: { [to]: target }, evidence: 'vendor', sources: SRC } as Rule);
    for (const r of rules) {
      if (r.from === r.to) continue;
      const from = products.find((p) => p.id === r.from)!;
      const own = r.own && has[r.from]!.includes(r.own) ? r.own : undefined;
      const isCard = r.to.startsWith('card');
      const target = isCard ? '*' : r.target && has[r.to]!.includes(r.target) ? r.target : '*';
      const rule: Rule = {
        ...(own ? { releases: own } : {}),
        [r.relation]: { [r.to]: target },
        ...(r.closed && isCard && r.relation === 'supports' ? { closed: ['accelerator'] } : {}),
        ...(r.scope === 'arch' ? { when: { arch: ['aarch64'] } } : r.scope === 'card' && !isCard ? { when: { accelerator: ['card-a'] } } : {}),
        evidence: r.evidence,
        sources: SRC,
      } as Rule;
      from.rules!.push(rule);
    }
    const table: Table = {
      id: 'plug-table',
      title: 'Plug matrix',
      vendor: 'v',
      evidence: 'vendor',
      sources: SRC,
      columns: [{ product: 'plug' }, { product: 'kit', relation: 'requires' }, { product: 'lang' }],
      rows: rows.filter(([p, k, l]) => has.plug!.includes(p) && has.kit!.includes(k) && has.lang!.includes(l)).map((row) => [...row]),
    };
    const dataset: Dataset = {
      vendors: [
        { id: 'v', name: { en: 'V', zh: 'V' }, origin: 'CN', sources: SRC },
        { id: 'x', name: { en: 'X', zh: 'X' }, origin: 'CN', sources: SRC },
        { id: 'w', name: { en: 'W', zh: 'W' }, origin: 'US', sources: SRC },
      ],
      products,
      tables: table.rows.length ? [table] : [],
      pairs: [
        { a: 'accelerator', b: 'toolkit', why: 'x' },
        { a: 'toolkit', b: 'framework/adapter', why: 'x' },
        { a: 'framework/adapter', b: 'framework/runtime', why: 'x' },
      ],
    };
    return dataset;
  });

const picksArb = fc.record({
  newest: fc.boolean(),
  picks: fc.array(fc.nat({ max: 7 }), { minLength: 3, maxLength: 3 }),
  card: fc.constantFrom('card-a', 'card-a', 'card-b'),
  arch: fc.constantFrom<string[]>([], [], ['aarch64'], ['x86_64']),
});

const stackOf = (d: Dataset, { newest, picks, card, arch }: { newest: boolean; picks: number[]; card: string; arch: string[] }) => [
  card,
  ...arch,
  ...d.products.filter((p) => p.releases?.length).map((p, i) => `${p.id}@${p.releases![newest ? p.releases!.length - 1 : picks[i]! % p.releases!.length]!.version}`),
];

const productOf = (d: Dataset, ref: string) => d.products.find((p) => p.id === ref.split('@')[0])!;

describe('the generator', () => {
  it('produces fitting, unknown and conflicting stacks often enough for the properties to mean something', () => {
    const samples = fc.sample(fc.tuple(datasetArb, picksArb), { numRuns: 600, seed: 42 });
    const counts = { fits: 0, unknown: 0, conflict: 0 };
    for (const [d, p] of samples) counts[check(Matrix.fromDataset(d), stackOf(d, p), { date: DATE }).verdict]++;
    for (const v of ['fits', 'unknown', 'conflict'] as const) expect(counts[v], JSON.stringify(counts)).toBeGreaterThan(samples.length * 0.1);
  });
});

describe('engine properties on generated datasets', () => {
  test.prop([datasetArb, picksArb], { numRuns: 300 })('fits means every relevant pair is supported and nothing is missing; a conflicting pair means conflict', (d, p) => {
    const r = check(Matrix.fromDataset(d), stackOf(d, p), { date: DATE });
    if (r.verdict === 'fits') {
      expect(r.pairs.every((x) => x.status === 'supported' || !isPolicyPair(d.pairs, productOf(d, x.a), productOf(d, x.b)))).toBe(true);
      expect(r.issues.some((i) => i.code === 'no-evidence' || i.code === 'requirement-missing')).toBe(false);
    }
    if (r.pairs.some((x) => x.status === 'conflict')) expect(r.verdict).toBe('conflict');
  });

  test.prop([datasetArb], { numRuns: 120 })('the matrix and check agree: a cell is supported exactly when check supports some pair of its releases', (d) => {
    const m = Matrix.fromDataset(d);
    for (const [rows, cols] of [['accelerator', 'toolkit'], ['toolkit', 'framework/adapter'], ['framework/adapter', 'framework/runtime']] as const) {
      const c = coverage(m, rows, cols);
      c.rows.forEach((a, i) =>
        c.columns.forEach((b, j) => {
          const statuses = new Set<string>();
          for (const x of a.releases?.length ? a.releases.map((r) => `${a.id}@${r.version}`) : [a.id]) {
            for (const y of b.releases?.length ? b.releases.map((r) => `${b.id}@${r.version}`) : [b.id]) {
              const found = check(m, [x, y], { date: DATE }).pairs[0];
              if (found) statuses.add(found.status);
            }
          }
          const mark = c.cells[i]![j]!.mark;
          expect(mark === 'supported', `${a.id} x ${b.id}`).toBe(statuses.has('supported'));
          expect(mark === 'conflict', `${a.id} x ${b.id}`).toBe(!statuses.has('supported') && statuses.has('conflict'));
        }),
      );
    }
  });

  test.prop([datasetArb, fc.constantFrom('plug', 'kit', 'lang'), fc.constantFrom('card-a', 'card-b')], { numRuns: 150 })('every stack solve returns re-checks with its verdict and none conflicts', (d, id, card) => {
    const m = Matrix.fromDataset(d);
    const r = solve(m, [card, id], { date: DATE });
    for (const s of r.stacks) {
      expect(s.verdict).not.toBe('conflict');
      expect(check(m, s.items, { date: DATE }).verdict).toBe(s.verdict);
    }
    const verdicts = r.stacks.map((s) => s.verdict);
    expect(verdicts.indexOf('unknown') < 0 || verdicts.lastIndexOf('fits') < verdicts.indexOf('unknown')).toBe(true);
    if (!verdicts.includes('fits')) expect(r.explanation?.steps.length).toBeGreaterThan(0);
  });

  test.prop([datasetArb, picksArb], { numRuns: 200 })('every fix re-checks as fits and never touches a pin', (d, p) => {
    const m = Matrix.fromDataset(d);
    const items = stackOf(d, p);
    const r = fix(m, items, { date: DATE, pin: ['lang', p.card] });
    for (const f of r.fixes) {
      expect(f.verdict).toBe('fits');
      expect(f.changes.map((c) => c.id)).not.toContain('lang');
      expect(f.changes.map((c) => c.id)).not.toContain(p.card);
      const changed = items.map((i) => {
        const c = f.changes.find((x) => i.startsWith(`${x.id}@`));
        return c ? `${c.id}@${c.to}` : i;
      });
      const added = f.changes.filter((c) => c.from === null).map((c) => (c.to ? `${c.id}@${c.to}` : c.id));
      expect(check(m, [...changed, ...added], { date: DATE }).verdict).toBe('fits');
    }
  });

  test.prop([datasetArb, picksArb, fc.constantFrom(...SOFT), fc.constantFrom(...ALL)], { numRuns: 200 })('adding a supports rule never turns a fit into anything else', (d, p, from, to) => {
    fc.pre(from !== to);
    const before = check(Matrix.fromDataset(d), stackOf(d, p), { date: DATE }).verdict;
    const products = d.products.map((x) => (x.id === from ? { ...x, rules: [...(x.rules ?? []), { supports: { [to]: '*' }, evidence: 'vendor' as const, sources: SRC }] } : x));
    const after = check(Matrix.fromDataset({ ...d, products }), stackOf(d, p), { date: DATE }).verdict;
    if (before === 'fits') expect(after).toBe('fits');
  });
});
