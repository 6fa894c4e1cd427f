import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Matrix } from '../../src/data/matrix.ts';
import { check } from '../../src/engine/check.ts';
import { fix } from '../../src/engine/fix.ts';
import { isPolicyPair } from '../../src/engine/relevant-pairs.ts';
import { solve } from '../../src/engine/solve.ts';
import type { Dataset, Product } from '../../src/schema/index.ts';

/*
 * Generated datasets: a card, a toolkit, an adapter and a runtime, each software product with a
 * few releases, and random rules between them (requires / supports / conflicts on one release or
 * any). The properties must hold for every such dataset.
 */
const VERSIONS = ['1.0.0', '1.1.0', '2.0.0', '2.1.0'];
const IDS = ['card', 'kit', 'plug', 'lang'] as const;
const SRC = ['https://example.com/src'];

const releaseSet = fc.subarray(VERSIONS, { minLength: 1 });
const ruleArb = fc.record({
  from: fc.constantFrom('kit', 'plug', 'lang'),
  to: fc.constantFrom(...IDS),
  relation: fc.constantFrom('requires', 'supports', 'conflicts'),
  own: fc.option(fc.constantFrom(...VERSIONS), { nil: undefined }),
  target: fc.option(fc.constantFrom(...VERSIONS), { nil: undefined }),
  evidence: fc.constantFrom('vendor', 'tested'),
});

const datasetArb = fc.record({ kit: releaseSet, plug: releaseSet, lang: releaseSet, rules: fc.array(ruleArb, { maxLength: 10 }) }).map(({ kit, plug, lang, rules }) => {
  const rel = (vs: string[]) => [...vs].sort().map((version) => ({ version }));
  const has: Record<string, string[]> = { kit, plug, lang, card: [] };
  const products: Product[] = [
    { id: 'card', kind: 'accelerator', vendor: 'v', name: { en: 'Card', zh: 'Card' }, sources: SRC },
    { id: 'kit', kind: 'toolkit', vendor: 'v', name: { en: 'Kit', zh: 'Kit' }, scheme: 'pep440', sources: SRC, releases: rel(kit), rules: [] },
    { id: 'plug', kind: 'framework', role: 'adapter', vendor: 'v', name: { en: 'Plug', zh: 'Plug' }, scheme: 'pep440', sources: SRC, releases: rel(plug), rules: [] },
    { id: 'lang', kind: 'framework', role: 'runtime', vendor: 'w', name: { en: 'Lang', zh: 'Lang' }, scheme: 'pep440', sources: SRC, releases: rel(lang), rules: [] },
  ];
  for (const r of rules) {
    if (r.from === r.to) continue;
    const from = products.find((p) => p.id === r.from)!;
    const own = r.own && has[r.from]!.includes(r.own) ? r.own : undefined;
    const target = r.to === 'card' ? '*' : r.target && has[r.to]!.includes(r.target) ? r.target : '*';
    from.rules!.push({ ...(own ? { releases: own } : {}), [r.relation]: { [r.to]: target }, evidence: r.evidence, sources: SRC });
  }
  const dataset: Dataset = {
    vendors: [
      { id: 'v', name: { en: 'V', zh: 'V' }, origin: 'CN', sources: SRC },
      { id: 'w', name: { en: 'W', zh: 'W' }, origin: 'US', sources: SRC },
    ],
    products,
    tables: [],
    pairs: [
      { a: 'accelerator', b: 'toolkit', why: 'x' },
      { a: 'toolkit', b: 'framework/adapter', why: 'x' },
      { a: 'framework/adapter', b: 'framework/runtime', why: 'x' },
    ],
  };
  return dataset;
});

const stackOf = (d: Dataset, picks: number[]) =>
  ['card', ...d.products.filter((p) => p.releases?.length).map((p, i) => `${p.id}@${p.releases![picks[i]! % p.releases!.length]!.version}`)];

const DATE = '2025-01-01';
const picksArb = fc.array(fc.nat({ max: 7 }), { minLength: 3, maxLength: 3 });

describe('engine properties on generated datasets', () => {
  test.prop([datasetArb, picksArb])('fits means every relevant pair is supported and nothing is missing', (d, picks) => {
    const m = Matrix.fromDataset(d);
    const r = check(m, stackOf(d, picks), { date: DATE });
    if (r.verdict === 'fits') {
      expect(r.pairs.every((p) => p.status === 'supported' || !isPolicyPair(d.pairs, { kind: kindOf(d, p.a), role: roleOf(d, p.a) } as never, { kind: kindOf(d, p.b), role: roleOf(d, p.b) } as never))).toBe(true);
      expect(r.issues.some((i) => i.code === 'no-evidence' || i.code === 'requirement-missing')).toBe(false);
    }
    if (r.pairs.some((p) => p.status === 'conflict')) expect(r.verdict).toBe('conflict');
  });

  test.prop([datasetArb, fc.constantFrom('plug', 'kit', 'lang')])('every stack solve returns re-checks as it says', (d, id) => {
    const m = Matrix.fromDataset(d);
    for (const s of solve(m, ['card', id], { date: DATE }).stacks) {
      expect(s.verdict).not.toBe('conflict');
      expect(check(m, s.items, { date: DATE }).verdict).toBe(s.verdict);
    }
    for (const s of solve(m, ['card', id], { date: DATE, includeUnknown: false }).stacks) expect(s.verdict).toBe('fits');
  });

  test.prop([datasetArb, picksArb])('every fix re-checks as it claims and leaves pinned items alone', (d, picks) => {
    const m = Matrix.fromDataset(d);
    const items = stackOf(d, picks);
    const r = fix(m, items, { date: DATE, pin: ['lang'] });
    for (const f of r.fixes) {
      expect(f.changes.map((c) => c.id)).not.toContain('lang');
      const changed = items.map((i) => {
        const c = f.changes.find((x) => i.startsWith(`${x.id}@`));
        return c ? `${c.id}@${c.to}` : i;
      });
      expect(check(m, changed, { date: DATE }).verdict).toBe(f.verdict);
    }
  });

  test.prop([datasetArb, picksArb, fc.constantFrom('kit', 'plug', 'lang'), fc.constantFrom(...IDS)])('adding a supports rule never turns a fit into a conflict', (d, picks, from, to) => {
    fc.pre(from !== to);
    const before = check(Matrix.fromDataset(d), stackOf(d, picks), { date: DATE }).verdict;
    const products = d.products.map((p) => (p.id === from ? { ...p, rules: [...(p.rules ?? []), { supports: { [to]: '*' }, evidence: 'vendor' as const, sources: SRC }] } : p));
    const after = check(Matrix.fromDataset({ ...d, products }), stackOf(d, picks), { date: DATE }).verdict;
    if (before === 'fits') expect(after).toBe('fits');
    if (before !== 'conflict') expect(after).not.toBe('conflict');
  });
});

function kindOf(d: Dataset, ref: string) {
  return d.products.find((p) => p.id === ref.split('@')[0])!.kind;
}
function roleOf(d: Dataset, ref: string) {
  return d.products.find((p) => p.id === ref.split('@')[0])!.role;
}
