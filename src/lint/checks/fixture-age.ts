import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURE_DIR } from '../../import/fixture-dir.ts';
import { parseRange, satisfies, tryParseVersion } from '../../version/index.ts';
import type { LintCheck } from '../types.ts';

interface SidecarDates {
  readonly files?: readonly { readonly date?: string; readonly commit?: string; readonly url?: string }[];
}

/**
 * A table whose verbatim upstream fixture (`test/fixtures/upstream/<id>.source.json`, written by
 * whoever last imported it) predates a release of the table's key product that the table's key
 * cells cover: the vendor has probably updated its table since, so re-fetch it and re-import.
 * Compares the fixture's newest commit date with the release dates in the product record.
 * Tables without a fixture (or a data folder outside a checkout) are skipped. A warning.
 */
export const fixtureAge: LintCheck = {
  name: 'fixture-age',
  description: 'table fixture older than a release of its key product (warning)',
  level: 'warning',
  scope: 'tree',
  check(ctx, report) {
    const fixtures = join(dirname(ctx.folder.root.replace(/[\\/]+$/, '') || '.'), FIXTURE_DIR);
    if (!existsSync(fixtures)) return;
    for (const t of ctx.folder.tables) {
      const sidecar = join(fixtures, `${t.value.id}.source.json`);
      if (!existsSync(sidecar)) continue;
      let dates: string[];
      try {
        dates = ((JSON.parse(readFileSync(sidecar, 'utf8')) as SidecarDates).files ?? []).flatMap((f) => (f.date ? [f.date] : []));
      } catch {
        continue;
      }
      const fetched = dates.sort().at(-1);
      const key = t.value.columns[0];
      if (!fetched || !key || !('product' in key)) continue;
      const product = ctx.products.get(key.product)?.value;
      if (!product?.scheme) continue;
      const scheme = product.scheme;
      const ranges = t.value.rows.flatMap((r) => {
        if (!r[0]) return [];
        try {
          return [parseRange(scheme, r[0])];
        } catch {
          return [];
        }
      });
      const newer = (product.releases ?? []).filter((rel) => {
        if (!rel.date || rel.date.slice(0, 10) <= fetched) return false;
        const v = tryParseVersion(scheme, rel.version);
        return v !== undefined && ranges.some((range) => satisfies(range, v) !== 'no');
      });
      const last = newer.sort((a, b) => (a.date! < b.date! ? -1 : 1)).at(-1);
      if (!last) continue;
      report(t, ['sources'], {
        code: 'stale-fixture',
        message: `the upstream copy this table was imported from is dated ${fetched}, before ${key.product} ${last.version} (${last.date}) that its rows cover`,
        hint: `The vendor may have updated the table: fetch the file again and run stackfit import ${t.value.id} FILE (see CONTRIBUTING.md, "A vendor updated its table").`,
      });
    }
  },
};
