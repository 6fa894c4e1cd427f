import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { compareVersions, formatVersion } from '../../src/version/index.ts';

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
