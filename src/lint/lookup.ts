import type { Product } from '../schema/product.ts';
import type { Vendor } from '../schema/vendor.ts';
import { compareKeys, type VersionKey } from '../version/key.ts';
import { intersect, isEmpty, versionInterval, type Interval } from '../version/interval.ts';
import type { Version, VersionScheme } from '../version/scheme.ts';
import { SCHEMES } from '../version/schemes/index.ts';
import type { LintContext } from './types.ts';

/** The version scheme of that name; undefined for unknown names, `constructor` and the like included. */
export function schemeOf(name: string | undefined): VersionScheme | undefined {
  return name !== undefined && Object.hasOwn(SCHEMES, name) ? SCHEMES[name] : undefined;
}

/** A product by id: the folder's record first, else the bundled one it lies over. */
export function productOf(ctx: LintContext, id: string): Product | undefined {
  return ctx.products.get(id)?.value ?? ctx.base?.products.get(id);
}

export function vendorOf(ctx: LintContext, id: string): Vendor | undefined {
  return ctx.vendors.get(id)?.value ?? ctx.base?.vendors.get(id);
}

/** A product's releases as sorted single versions plus the (rare) series, parsed once. */
interface ReleaseIndex {
  readonly points: readonly VersionKey[];
  readonly series: readonly Interval[];
}

const INDEXES = new WeakMap<Product, ReleaseIndex>();

function indexOf(product: Product, scheme: VersionScheme): ReleaseIndex {
  let index = INDEXES.get(product);
  if (!index) {
    const points: VersionKey[] = [];
    const series: Interval[] = [];
    for (const rel of product.releases ?? []) {
      const v: Version | undefined = scheme.parse(rel.version);
      if (v?.upper) series.push(versionInterval(v));
      else if (v) points.push(v.key);
    }
    index = { points: points.sort(compareKeys), series };
    INDEXES.set(product, index);
  }
  return index;
}

/**
 * Whether a version named in a range matches at least one release of the product: a binary search
 * over its releases, so checking many references stays linear in their number.
 */
export function hasRelease(product: Product, want: Version): boolean {
  const scheme = schemeOf(product.scheme);
  if (!scheme || !product.releases?.length) return true;
  const { points, series } = indexOf(product, scheme);
  const span = versionInterval(want);
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKeys(points[mid]!, span.lo!);
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  const first = points[lo];
  if (first !== undefined) {
    const c = compareKeys(first, span.hi!);
    if (c < 0 || (c === 0 && span.hiInclusive)) return true;
  }
  return series.some((s) => !isEmpty(intersect(s, span)));
}
