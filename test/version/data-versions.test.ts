import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { compareVersions, formatVersion } from '../../src/version/index.ts';
import { parseRange } from '../../src/version/range.ts';

/** Every version string in the bundled data, per scheme, parses, is canonical and is stored in order. */
describe('bundled release versions', () => {
  const matrix = loadMatrix();
  const withReleases = matrix.products.filter((p) => p.scheme && p.releases?.length);
  it('has products with releases to check', () => {
    expect(withReleases.length).toBeGreaterThan(0);
  });
  for (const p of withReleases) {
    it(`${p.id} (${p.scheme}): canonical and oldest first`, () => {
      const versions = p.releases!.map((r) => r.version);
      for (const v of versions) expect(formatVersion(p.scheme!, v)).toBe(v);
      for (let i = 1; i < versions.length; i++) expect(compareVersions(p.scheme!, versions[i - 1]!, versions[i]!)).toBeLessThan(0);
    });
  }
});

/**
 * A range of one version is read without the operator scan (src/version/range.ts): it must read as
 * the same version written with `=` does, for every one-version text in the data and the inputs
 * people type (series, pre-releases, local labels, spaces).
 */
describe('one-version ranges read as `=version`', () => {
  const matrix = loadMatrix();
  const texts = new Map<string, Set<string>>();
  const add = (id: string, text: string | null | undefined) => {
    const scheme = matrix.product(id)?.scheme;
    if (scheme && typeof text === 'string' && !/[<>=|]|\s-\s/.test(text) && !['', '*'].includes(text.trim())) (texts.get(scheme) ?? texts.set(scheme, new Set()).get(scheme)!).add(text);
  };
  for (const t of matrix.dataset.tables)
    for (const row of t.rows)
      t.columns.forEach((c, i) => 'product' in c && c.product && add(c.product, row[i] as string | null));
  for (const p of matrix.products) for (const r of p.releases ?? []) add(p.id, r.version);
  for (const [scheme, typed] of Object.entries({ pep440: [' 3.11 ', '2.7.1+cpu', '2.1.0rc1', 'v0.13.0'], cann: ['8.0.rc3', '8.0.RC1.alpha003'], openeuler: ['22.03-LTS-SP3'] }))
    for (const t of typed) (texts.get(scheme) ?? texts.set(scheme, new Set()).get(scheme)!).add(t);

  it('covers the schemes the data uses', () => {
    expect([...texts.values()].reduce((n, s) => n + s.size, 0)).toBeGreaterThan(500);
  });
  for (const [scheme, set] of texts) {
    it(scheme, () => {
      for (const text of set) {
        const fast = parseRange(scheme, text);
        const slow = parseRange(scheme, `=${text.trim()}`);
        expect({ intervals: fast.intervals, versions: fast.versions }, text).toEqual({ intervals: slow.intervals, versions: slow.versions });
        expect(fast.text).toBe(text);
      }
    });
  }

  it('says which text is not a version, as a range with operators does', () => {
    expect(() => parseRange('pep440', '2.x')).toThrow(/"2\.x" is not a valid pep440 range: "2\.x" is not a pep440 version/);
    expect(() => parseRange('pep440', '>=2.x')).toThrow(/"2\.x" is not a pep440 version/);
    expect(parseRange('pep440', ' * ').intervals).toEqual([{ loInclusive: false, hiInclusive: false }]);
    expect(parseRange('pep440', '').intervals).toEqual([{ loInclusive: false, hiInclusive: false }]);
  });
});
