import { version } from '../../package.json';
import type { Dataset } from '../schema/dataset.ts';
import type { Kind, Role } from '../schema/constants.ts';
import type { PairRule } from '../schema/pairs.ts';
import type { Product, Release } from '../schema/product.ts';
import type { Table } from '../schema/table.ts';
import type { Vendor } from '../schema/vendor.ts';
import { compareKeys } from '../version/key.ts';
import { SCHEMES } from '../version/schemes/index.ts';
import type { Version } from '../version/scheme.ts';
import { closest } from './did-you-mean.ts';
import { freezeRecords, sealDeep } from './deep-freeze.ts';
import { MAX_NAME_LENGTH, normalizeName } from './normalize-name.ts';

const EMPTY: readonly Table[] = Object.freeze([]);

interface Internals {
  readonly dataset: Dataset;
  readonly products: ReadonlyMap<string, Product>;
  readonly tablesByProduct: ReadonlyMap<string, readonly Table[]>;
  /** `resolve` without the deep freeze, for the engine, which hands no record out. */
  resolve(name: string): Resolution;
  /** The product a name resolves to, without close names on a miss (readers that try many names). */
  lookup(name: string): Product | undefined;
}

/**
 * One registry per process and package version, not per copy of this module: the CommonJS builds
 * of `stackfit` and `stackfit/node` each carry their own copy, and a matrix loaded through one is
 * handed to the other (`probe(loadMatrix())` with both required).
 */
const INTERNALS: WeakMap<Matrix, Internals> = ((globalThis as Record<symbol, unknown>)[Symbol.for(`stackfit.matrix-internals@${version}`)] ??= new WeakMap()) as WeakMap<Matrix, Internals>;

/**
 * The engine's view of a matrix: records as loaded (frozen shallowly), without the deep freeze that
 * public accessors apply on the way out. Not part of the public API; the engine never writes.
 */
export function internalsOf(matrix: Matrix): Internals {
  return INTERNALS.get(matrix)!;
}

/** The outcome of resolving a name typed by a user. */
export type Resolution =
  | { readonly ok: true; readonly product: Product; readonly input: string }
  | { readonly ok: false; readonly input: string; readonly suggestions: readonly string[]; readonly vendor?: string };

export interface ListFilter {
  readonly kind?: Kind;
  readonly role?: Role;
  readonly vendor?: string;
}

/**
 * The dataset, indexed for queries: products by id and by every name they answer to, vendors,
 * vendor tables and the relevant-pairs policy. Build one with `loadMatrix()` (bundled data) or
 * `Matrix.fromDataset(...)`.
 *
 * @example
 * const m = loadMatrix();
 * m.resolve('torch_npu') // { ok: true, product: { id: 'torch-npu', ... } }
 */
export class Matrix {
  readonly #dataset: Dataset;
  readonly #products = new Map<string, Product>();
  readonly #vendors = new Map<string, Vendor>();
  readonly #names = new Map<string, string>();
  readonly #vendorNames = new Map<string, string>();
  readonly #tablesByProduct = new Map<string, Table[]>();
  readonly #sortedReleases = new Map<string, readonly Release[]>();
  /** Names already resolved (bounded): a portal or CLI asks for the same few names again and again. */
  readonly #resolved = new Map<string, Resolution>();
  readonly #parsedReleases = new Map<string, readonly { readonly release: Release; readonly version: Version }[]>();

  private constructor(dataset: Dataset) {
    // Records are frozen shallowly here and deeply when they are handed out, so nothing returned
    // can change a later answer, and a process that checks one stack does not walk the whole dataset.
    this.#dataset = Object.isFrozen(dataset) ? dataset : freezeRecords({ ...dataset, vendors: [...dataset.vendors], products: [...dataset.products], tables: [...dataset.tables], pairs: [...dataset.pairs] });
    dataset = this.#dataset;
    for (const v of dataset.vendors) {
      this.#vendors.set(v.id, v);
      for (const name of [v.id, v.name.en, v.name.zh, ...(v.aliases ?? [])]) {
        const key = normalizeName(name);
        if (key && !this.#vendorNames.has(key)) this.#vendorNames.set(key, v.id);
      }
    }
    for (const p of dataset.products) {
      this.#products.set(p.id, p);
      for (const name of [p.id, p.name.en, p.name.zh, ...(p.aliases ?? [])]) {
        const key = normalizeName(name);
        if (key && !this.#names.has(key)) this.#names.set(key, p.id);
      }
    }
    for (const t of dataset.tables) {
      for (const c of t.columns) {
        if (!('product' in c)) continue;
        const list = this.#tablesByProduct.get(c.product) ?? [];
        list.push(t);
        this.#tablesByProduct.set(c.product, list);
      }
    }
    INTERNALS.set(this, { dataset, products: this.#products, tablesByProduct: this.#tablesByProduct, resolve: (name) => this.#resolveKept(name), lookup: (name) => (name.length > MAX_NAME_LENGTH ? undefined : this.#lookup(normalizeName(name))) });
  }

  /** Indexes a dataset (the bundled one, or one merged with your own records). */
  static fromDataset(dataset: Dataset): Matrix {
    return new Matrix(dataset);
  }

  /** The whole dataset, frozen all the way down. */
  get dataset(): Dataset {
    return sealDeep(this.#dataset);
  }

  get products(): readonly Product[] {
    return sealDeep(this.#dataset.products);
  }

  get vendors(): readonly Vendor[] {
    return sealDeep(this.#dataset.vendors);
  }

  get tables(): readonly Table[] {
    return sealDeep(this.#dataset.tables);
  }

  get pairs(): readonly PairRule[] {
    return sealDeep(this.#dataset.pairs);
  }

  product(id: string): Product | undefined {
    return sealDeep(this.#products.get(id));
  }

  vendor(id: string): Vendor | undefined {
    return sealDeep(this.#vendors.get(id));
  }

  /** Vendor tables that have a column for the product. */
  tablesOf(id: string): readonly Table[] {
    return sealDeep(this.#tablesByProduct.get(id) ?? EMPTY);
  }

  /**
   * Resolves a name through ids, aliases and en/zh names, ignoring case and separators
   * (`torch_npu`, `Torch-NPU`, `昇腾910B`). Never throws; on a miss it returns close names.
   */
  resolve(name: string): Resolution {
    return sealDeep(this.#resolveKept(name));
  }

  /** A resolution from the bounded cache, or made and kept there; records frozen shallowly. */
  #resolveKept(name: string): Resolution {
    if (name.length > MAX_NAME_LENGTH) return { ok: false, input: name.slice(0, 40), suggestions: [] };
    const hit = this.#resolved.get(name);
    if (hit) return hit;
    const found = Object.freeze(this.#resolve(name));
    if (this.#resolved.size >= 10_000) this.#resolved.clear();
    this.#resolved.set(name, found);
    return found;
  }

  #resolve(name: string): Resolution {
    const key = normalizeName(name);
    const product = this.#lookup(key);
    if (product) return { ok: true, product, input: name };
    // A vendor with several products: the choices.
    const vendor = this.#vendorNames.get(key);
    const own = vendor ? this.#productsOf(vendor) : [];
    if (vendor && own.length > 1) return { ok: false, input: name, suggestions: own.map((p) => p.id), vendor };
    const near = closest(key, this.#names.keys(), 5);
    const ids = [...new Set(near.map((n) => this.#names.get(n)!))].slice(0, 3);
    return { ok: false, input: name, suggestions: ids };
  }

  /** The product a normalized name names: an id, alias or name, or a vendor's name (达梦, 寒武纪) when it has one product. */
  #lookup(key: string): Product | undefined {
    const id = this.#names.get(key);
    if (id) return this.#products.get(id)!;
    const vendor = this.#vendorNames.get(key);
    const own = vendor ? this.#productsOf(vendor) : undefined;
    return own?.length === 1 ? own[0] : undefined;
  }

  #productsOf(vendor: string): Product[] {
    return this.#dataset.products.filter((p) => p.vendor === vendor && !p.family);
  }

  /** Products, filtered by kind, role and vendor, sorted by id. */
  list(filter: ListFilter = {}): Product[] {
    return this.products.filter(
      (p) => (!filter.kind || p.kind === filter.kind) && (!filter.role || p.role === filter.role) && (!filter.vendor || p.vendor === filter.vendor),
    );
  }

  /**
   * Products whose id, names, aliases, vendor or notes contain every word of the text; exact name
   * matches first.
   */
  search(text: string): Product[] {
    const words = text.slice(0, MAX_NAME_LENGTH).toLowerCase().split(/\s+/).filter(Boolean).map(normalizeName).filter(Boolean);
    if (!words.length) return [];
    const scored: [Product, number][] = [];
    for (const p of this.products) {
      const vendor = this.#vendors.get(p.vendor);
      const names = [p.id, p.name.en, p.name.zh, ...(p.aliases ?? [])].map(normalizeName);
      const hay = [...names, vendor ? normalizeName(vendor.name.en) : '', vendor ? normalizeName(vendor.name.zh) : '', p.kind, p.role ?? ''].join(' ');
      if (!words.every((w) => hay.includes(w))) continue;
      const joined = words.join('');
      const score = names.includes(joined) ? 0 : names.some((n) => n.startsWith(joined)) ? 1 : 2;
      scored.push([p, score]);
    }
    return scored.sort((a, b) => a[1] - b[1] || a[0].id.localeCompare(b[0].id)).map(([p]) => p);
  }

  /** A product's releases with their parsed versions, oldest to newest (cached). */
  parsedReleases(id: string): readonly { readonly release: Release; readonly version: Version }[] {
    const cached = this.#parsedReleases.get(id);
    if (cached) return cached;
    this.#sortReleases(id);
    return this.#parsedReleases.get(id)!;
  }

  /** A product's releases sorted oldest to newest by its own scheme. */
  releases(id: string): readonly Release[] {
    const cached = this.#sortedReleases.get(id);
    if (cached) return cached;
    this.#sortReleases(id);
    return this.#sortedReleases.get(id)!;
  }

  /** Parses each release of a product once and keeps both sorted lists (a process that checks one stack reads both). */
  #sortReleases(id: string): void {
    const p = this.#products.get(id);
    const scheme = p?.scheme ? SCHEMES[p.scheme] : undefined;
    const all = (p?.releases ?? [])
      .map((release) => ({ release, version: scheme?.parse(release.version) }))
      .sort((a, b) => (a.version && b.version ? compareKeys(a.version.key, b.version.key) : 0));
    const list = all.map(({ release }) => release);
    const parsed = scheme ? all.filter((x): x is { release: Release; version: Version } => x.version !== undefined) : [];
    sealDeep(list);
    sealDeep(parsed);
    this.#sortedReleases.set(id, list);
    this.#parsedReleases.set(id, parsed);
  }
}
