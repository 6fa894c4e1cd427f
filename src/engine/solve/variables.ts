import { internalsOf, type Matrix } from '../../data/matrix.ts';
import { StackfitError } from '../../errors.ts';
import { KINDS } from '../../schema/constants.ts';
import type { Product, Release } from '../../schema/product.ts';
import { satisfies, type Range } from '../../version/range.ts';
import { SCHEMES } from '../../version/schemes/index.ts';
import type { Version } from '../../version/scheme.ts';
import { memoFor } from '../memo.ts';
import { parseStack, setMembers, type ParsedStack } from '../parse-stack.ts';
import { cachedRange } from '../range-cache.ts';
import { parseSelector, selects } from '../selector.ts';
import type { ResolvedComponent } from '../types.ts';

/*
 * The variables of a search. Each stack item is one:
 *   name@version  fixed (one value);   name  a product whose version is open;
 *   kind or kind/role (`os`, `framework/engine`)  a layer whose product and version are open.
 * A variable's domain lists its candidate values in the order they are tried.
 */
export interface Variable {
  /** Product id, or `layer:<selector>` for a layer. */
  readonly key: string;
  readonly domain: readonly ResolvedComponent[];
  readonly fixed: boolean;
  /** The item as the user gave it, for explanations. */
  readonly given?: ResolvedComponent;
}

/**
 * A stack item as the engine sees it, for a product at a version (or versionless). One object per
 * product and version per matrix: the engine's pair memos are keyed by item objects, so a release
 * met in several domains (each requirement's range makes its own) is evaluated once.
 */
export function componentOf(matrix: Matrix, p: Product, version?: string, known?: { readonly release: Release; readonly version: Version }): ResolvedComponent {
  const memo = memoFor<ResolvedComponent>(matrix, 'component');
  const key = version === undefined ? p.id : `${p.id}@${version}`;
  return memo.get(key) ?? memo.set(key, Object.freeze(makeComponent(matrix, p, version, known)));
}

function makeComponent(matrix: Matrix, p: Product, version?: string, known?: { readonly release: Release; readonly version: Version }): ResolvedComponent {
  const vendor = matrix.vendor(p.vendor);
  // Field by field, without spreads (a solve makes hundreds); keys in the order JSON answers print them.
  const c: Writable<ResolvedComponent> = { input: version ? `${p.id}@${version}` : p.id, id: p.id, kind: p.kind, name: p.name, vendor: p.vendor, product: p };
  if (p.role) c.role = p.role;
  if (vendor?.origin) c.origin = vendor.origin;
  if (!version) return c;
  known ??= matrix.parsedReleases(p.id).find((r) => r.release.version === version);
  c.version = version;
  c.parsed = known?.version ?? SCHEMES[p.scheme!]!.parse(version)!;
  if (known) c.release = known.release;
  return c;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Every release of a product as a candidate, newest first (versionless products as themselves); memoized. */
export function domainOf(matrix: Matrix, p: Product, admit?: string): readonly ResolvedComponent[] {
  const memo = memoFor<readonly ResolvedComponent[]>(matrix, 'domain');
  const key = `${p.id}\u0000${admit ?? ''}`;
  return memo.get(key) ?? memo.set(key, Object.freeze(collectDomain(matrix, p, admit)));
}

function collectDomain(matrix: Matrix, p: Product, admit?: string): ResolvedComponent[] {
  if (admit !== undefined) {
    // A range narrows the whole domain: the same item objects, fewer of them.
    const range = p.scheme ? cachedRange(p.scheme, admit) : undefined;
    const all = domainOf(matrix, p);
    return range ? all.filter((c) => !c.parsed || satisfies(range, c.parsed) === 'yes') : [...all];
  }
  const releases = matrix.releases(p.id);
  if (!p.scheme || !releases.length) return p.family ? [] : [componentOf(matrix, p)];
  // The releases with their parsed versions, so each component need not look its release up.
  const parsed = matrix.parsedReleases(p.id);
  const byVersion = parsed.length === releases.length ? parsed : undefined;
  const out: ResolvedComponent[] = [];
  for (let i = releases.length - 1; i >= 0; i--) {
    const known = byVersion?.[i];
    out.push(componentOf(matrix, p, releases[i]!.version, known?.release === releases[i] ? known : undefined));
  }
  return out;
}

const narrowings = new WeakMap<readonly ResolvedComponent[], WeakMap<object, readonly ResolvedComponent[]>>();

/** A domain without the releases of `id` that a range rules out (memoized per domain and requirement). */
export function narrow(domain: readonly ResolvedComponent[], req: object, id: string, range: Range | undefined): readonly ResolvedComponent[] {
  let byReq = narrowings.get(domain);
  if (!byReq) narrowings.set(domain, (byReq = new WeakMap()));
  let out = byReq.get(req);
  if (!out) {
    out = range ? domain.filter((d) => d.id !== id || !d.parsed || satisfies(range, d.parsed) !== 'no') : domain;
    if (out.length === domain.length) out = domain;
    byReq.set(req, out);
  }
  return out;
}

/** Whether an item names a layer (`os`, `framework/engine`) rather than a product. */
export function isLayer(word: string): boolean {
  return parseSelector(word) !== undefined;
}

export interface Problem {
  readonly parsed: ParsedStack;
  readonly vars: readonly Variable[];
  /** Layers the user asked for, by selector. */
  readonly layers: readonly string[];
}

/**
 * Reads solve's items into variables: fixed items (with a version, or hardware), products whose
 * version is open, and layers whose product is open.
 */
export function buildProblem(matrix: Matrix, items: readonly string[]): Problem {
  const layers = items.filter((i) => isLayer(i));
  const named = items.filter((i) => !isLayer(i));
  const parsed = parseStack(matrix, named);
  const vars: Variable[] = [];
  for (const c of parsed.components) {
    // A product version naming one release per version of another product (torch_npu@6.0.0),
    // not narrowed by the items given, or a range (driver@>=4.20.6): one of its members, whichever fits.
    const members = setMembers(matrix, c);
    if (members) {
      vars.push({ key: c.id, fixed: false, domain: members, given: c });
      continue;
    }
    const fixed = Boolean(c.version) || !c.product.scheme;
    vars.push({ key: c.id, fixed, domain: fixed ? [c] : domainOf(matrix, c.product), given: c });
  }
  for (const layer of layers) {
    const sel = parseSelector(layer)!;
    // The records as loaded: the public accessor would freeze (and so parse) every product's fields.
    const products = internalsOf(matrix).dataset.products.filter((p) => selects(sel, p) && !p.family && !vars.some((v) => v.key === p.id));
    if (!products.length) throw new StackfitError({ code: 'bad-input', message: `no products of layer "${layer}"`, hint: `Layers: ${KINDS.join(', ')}.` });
    vars.push({ key: `layer:${layer.trim().toLowerCase()}`, fixed: false, domain: products.flatMap((p) => domainOf(matrix, p)) });
  }
  return { parsed, vars, layers };
}
