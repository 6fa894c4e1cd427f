import { compareKeys } from '../../version/key.ts';
import type { Version } from '../../version/scheme.ts';
import { schemeOf } from '../lookup.ts';
import type { LintCheck } from '../types.ts';

/**
 * Within one maintenance line, a newer version should not be dated before an older one. Vendors
 * do sometimes ship a release candidate after the final release, so this is a warning: check the
 * dates against the source, and keep them when the source really says so.
 */
export const releaseDates: LintCheck = {
  name: 'release-dates',
  description: 'version order agrees with date order within a release line (warning)',
  level: 'warning',
  scope: 'record',
  check(ctx, report) {
    for (const r of ctx.folder.products) {
      const p = r.value;
      const scheme = schemeOf(p.scheme);
      if (!scheme || !p.releases?.length) continue;
      const parsed = p.releases.map((rel) => scheme.parse(rel.version));
      // Version order against date order, within one maintenance line (older lines keep shipping).
      const lines = new Map<string, { date: string; version: string; i: number; v: Version }[]>();
      p.releases.forEach((rel, i) => {
        const v = parsed[i];
        if (!rel.date || !v || v.upper) return;
        const line = JSON.stringify(v.key.slice(0, scheme.lineDepth));
        const list = lines.get(line) ?? [];
        list.push({ date: rel.date, version: rel.version, i, v });
        lines.set(line, list);
      });
      for (const list of lines.values()) {
        list.sort((x, y) => compareKeys(x.v.key, y.v.key));
        for (let i = 1; i < list.length; i++) {
          const prev = list[i - 1]!;
          const cur = list[i]!;
          if (cur.date < prev.date) {
            report(r, ['releases', cur.i, 'date'], { code: 'date-order', message: `release ${cur.version} (${cur.date}) is newer than ${prev.version} but dated earlier (${prev.date})`, hint: 'Check the dates against the source.' });
          }
        }
      }
    }
  },
};
