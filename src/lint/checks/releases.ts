import { SCHEMES, SCHEME_NAMES } from '../../version/schemes/index.ts';
import { compareKeys } from '../../version/key.ts';
import type { Version } from '../../version/scheme.ts';
import type { LintCheck } from '../types.ts';

/**
 * Releases: a known scheme, canonical version text, no duplicates, stored oldest first, version
 * order agreeing with date order, end of life after release, sources beside dates.
 */
export const releases: LintCheck = {
  name: 'releases',
  description: 'versions parse, are canonical, unique, sorted, and agree with their dates',
  level: 'error',
  scope: 'record',
  check(ctx, report) {
    for (const r of ctx.folder.products) {
      const p = r.value;
      if (p.scheme !== undefined && !Object.hasOwn(SCHEMES, p.scheme)) {
        report(r, ['scheme'], { code: 'unknown-scheme', message: `unknown version scheme "${p.scheme}"`, hint: `Use one of: ${SCHEME_NAMES.join(', ')}.` });
        continue;
      }
      if (!p.releases?.length) continue;
      if (!p.scheme) {
        report(r, ['releases'], { code: 'missing-scheme', message: `"${p.id}" has releases but no scheme`, hint: `Add scheme: one of ${SCHEME_NAMES.join(', ')}.` });
        continue;
      }
      const scheme = SCHEMES[p.scheme]!;
      const parsed: (Version | undefined)[] = p.releases.map((rel, i) => {
        const v = scheme.parse(rel.version);
        if (!v) {
          report(r, ['releases', i, 'version'], { code: 'bad-version', message: `"${rel.version}" is not a ${scheme.name} version`, hint: `For example "${scheme.examples[0]}".` });
        } else if (v.text !== rel.version) {
          report(r, ['releases', i, 'version'], { code: 'not-canonical', message: `version "${rel.version}" is not in canonical form`, hint: `Write "${v.text}".` });
        }
        if (rel.eol && rel.date && rel.eol < rel.date) {
          report(r, ['releases', i, 'eol'], { code: 'eol-before-release', message: `end of life ${rel.eol} is before the release date ${rel.date}`, hint: 'Check both dates against the source.' });
        }
        if ((rel.date || rel.eol) && !rel.sources && !p.sources.length) {
          report(r, ['releases', i], { code: 'missing-source', message: `release ${rel.version} has dates but no sources`, hint: 'Add sources: [https://...] to the release.' });
        }
        return v;
      });
      for (let i = 1; i < parsed.length; i++) {
        const a = parsed[i - 1];
        const b = parsed[i];
        if (!a || !b) continue;
        const c = compareKeys(a.key, b.key);
        if (c === 0) {
          report(r, ['releases', i, 'version'], { code: 'duplicate-release', message: `release "${p.releases[i]!.version}" is listed twice (same as "${p.releases[i - 1]!.version}")`, hint: 'Keep one entry.' });
        } else if (c > 0) {
          report(r, ['releases', i, 'version'], { code: 'release-order', message: `release "${p.releases[i]!.version}" comes after "${p.releases[i - 1]!.version}" but is older`, hint: 'Store releases oldest first (stackfit fmt sorts them).' });
        }
      }
    }
  },
};
