import { describe, expect, it } from 'vitest';
import { freezeRecords, sealDeep } from '../../src/data/deep-freeze.ts';

describe('sealDeep', () => {
  it('freezes a fresh value all the way down, cycles included', () => {
    const leaf = { n: 1 };
    const a: Record<string, unknown> = { list: [leaf, { deeper: [leaf] }] };
    a.self = a;
    expect(sealDeep(a)).toBe(a);
    expect([a, a.list, leaf, (a.list as object[])[1], ((a.list as object[])[1] as { deeper: object }).deeper].every(Object.isFrozen)).toBe(true);
  });

  it('walks below objects frozen only shallowly, as records are', () => {
    const dataset = freezeRecords({ vendors: [], products: [{ id: 'p', name: { en: 'P' }, releases: [{ version: '1', sources: ['u'] }] }], tables: [], pairs: [] });
    const record = dataset.products[0]!;
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record.name)).toBe(false);
    // A value made now that holds the record: both the new object and what the record holds are frozen.
    const outcome = { about: record };
    sealDeep(outcome);
    expect([outcome, record.name, record.releases[0], record.releases[0]!.sources].every(Object.isFrozen)).toBe(true);
  });

  it('a frozen value met again, or inside another value, is frozen below as well', () => {
    const inner = { x: { y: {} } };
    Object.freeze(inner);
    sealDeep({ a: inner });
    sealDeep({ b: inner });
    expect(Object.isFrozen(inner.x)).toBe(true);
    expect(Object.isFrozen(inner.x.y)).toBe(true);
  });
});
