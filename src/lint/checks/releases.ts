import { SCHEMES, SCHEME_NAMES } from '../../version/schemes/index.ts';
import { compareKeys } from '../../version/key.ts';
import type { Version } from '../../version/scheme.ts';
import type { SourceRecord } from '../../load/load-folder.ts';
import type { Product } from '../../schema/product.ts';
import type { LintCheck, LintContext, Report } from '../types.ts';
import { foldVersionName } from '../../data/normalize-name.ts';
import { rangeOrError } from '../../engine/range-cache.ts';
import { productOf, schemeOf } from '../lookup.ts';

/**
 * Releases: a known scheme, canonical version text, no duplicates, stored oldest first, version
 * order agreeing with date order, end of life after release, sources beside dates, and each other
 * name (`aka`) naming one release only.
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
      otherNames(ctx, r, report);
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

/**
 * Other names of releases. An `aka` names one release: parsing a stack takes the first release
 * that carries it, so a name shared by two releases, or one that is another release's own version,
 * would be read silently as one of them. A version set names releases of this product, each for a
 * range of another product's versions, and a version that is no release and no other name of one.
 */
function otherNames(ctx: LintContext, r: SourceRecord<Product>, report: Report): void {
  const p = r.value;
  const rels = p.releases ?? [];
  const versionAt = new Map(rels.map((rel, i) => [foldVersionName(rel.version), i] as const));
  const akaOwner = new Map<string, number>();
  rels.forEach((rel, i) => {
    rel.aka?.forEach((a, j) => {
      const key = foldVersionName(a.version);
      const other = akaOwner.get(key);
      const own = versionAt.get(key);
      if (other !== undefined && other !== i) {
        report(r, ['releases', i, 'aka', j, 'version'], { code: 'ambiguous-aka', message: `"${a.version}" is another name of both release ${rels[other]!.version} and release ${rel.version}`, hint: 'An aka names one release; keep it on the release the source equates it with.' });
      } else if (own !== undefined && own !== i) {
        report(r, ['releases', i, 'aka', j, 'version'], { code: 'ambiguous-aka', message: `"${a.version}" is release ${rels[own]!.version} itself, and also given as another name of release ${rel.version}`, hint: 'An aka names one release; remove it or the release.' });
      }
      akaOwner.set(key, i);
    });
  });
  p.versionSets?.forEach((set, k) => {
    const at = (...path: (string | number)[]) => ['versionSets', k, ...path];
    const key = foldVersionName(set.version);
    if (versionAt.has(key) || akaOwner.has(key)) {
      report(r, at('version'), { code: 'bad-version-set', message: `version set "${set.version}" is also a release or another name of one`, hint: 'A set version must name no single release.' });
    }
    const by = productOf(ctx, set.by);
    const byScheme = schemeOf(by?.scheme);
    if (!by) report(r, at('by'), { code: 'bad-version-set', message: `version set "${set.version}" is picked by "${set.by}", which is not a product`, hint: 'Name the product whose version chooses the member (pytorch).' });
    else if (!byScheme) report(r, at('by'), { code: 'bad-version-set', message: `version set "${set.version}" is picked by "${set.by}", which has no versions`, hint: 'Name a product with a version scheme.' });
    set.members.forEach((m, j) => {
      if (!versionAt.has(foldVersionName(m.release))) {
        report(r, at('members', j, 'release'), { code: 'bad-version-set', message: `"${m.release}" in version set "${set.version}" is not a release of ${p.id}`, hint: 'Add the release, or correct the member.' });
      }
      if (!byScheme) return;
      const range = rangeOrError(byScheme.name, m.with);
      if (!('intervals' in range)) report(r, at('members', j, 'with'), { code: 'bad-version-set', message: `"${m.with}" is not a ${byScheme.name} range of ${set.by}`, hint: 'Write the versions it is for, as in rules (2.7.1, >=2.6 <2.7).' });
    });
  });
}
