import { coverageOf, mentionsOf, tableCoverageOf, type RuleCoverage, type TableCoverage } from '../data/dataset-text.ts';
import { internalsOf, type Matrix } from '../data/matrix.ts';
import type { Dataset } from '../schema/dataset.ts';
import { memoMap } from './memo.ts';
import type { Evidence } from '../schema/constants.ts';
import type { Product, Release } from '../schema/product.ts';
import type { Rule } from '../schema/rule.ts';
import type { Table } from '../schema/table.ts';
import { parseRange, satisfies, type Range, type Satisfaction } from '../version/range.ts';
import type { Version } from '../version/scheme.ts';
import { SCHEMES } from '../version/schemes/index.ts';
import { compareKeys } from '../version/key.ts';
import { versionInterval } from '../version/interval.ts';

/** A rule with its ranges parsed once. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly releases: Range | undefined;
  readonly targets: readonly { readonly relation: 'requires' | 'supports' | 'conflicts'; readonly id: string; readonly range: Range | undefined; readonly text: string }[];
}

/** Rows whose cell admits a version: yes, maybe, and per row 1 (yes), 2 (maybe) or 0, for lookups. */
export interface RowMatch {
  readonly yes: readonly number[];
  readonly maybe: readonly number[];
  readonly status: Uint8Array;
}

export interface CompiledTable {
  readonly table: Table;
  /** Product id per column (undefined for label columns). */
  readonly products: readonly (string | undefined)[];
  readonly relations: readonly ('requires' | 'supports' | undefined)[];
  /** Parsed cells of one column by row, undefined for empty and label cells (parsed on first use). */
  column(col: number): readonly (Range | undefined)[];
  /** Which releases each cell of a column admits, as the build worked it out (see TableCoverage). */
  coverage(col: number): string | null | undefined;
  readonly evidence: Evidence;
  /** Index of the `{source: true}` column, or -1: the page each row was copied from. */
  readonly sourceColumn: number;
  /** Rows whose key cell admits a key version (yes) or may (maybe), by version text. */
  readonly keyRows: Map<string, RowMatch>;
  /** Joined cell texts per column and key version (explanations). */
  readonly allowed: Map<string, string>;
}

/** A read-only lookup by product id (filled on first read of each id). */
export interface Lookup<V> {
  get(id: string): V | undefined;
  has(id: string): boolean;
}

export interface Compiled {
  /** Rules by product, a family's rules included in each member's. */
  readonly rules: Lookup<readonly CompiledRule[]>;
  /** Families each product is a member of. */
  readonly familiesOf: ReadonlyMap<string, readonly string[]>;
  /** Members of each family. */
  readonly membersOf: ReadonlyMap<string, readonly string[]>;
  /** Rules with a closed list (`closed` or `only`), by product (members inherit their family's). */
  readonly closed: Lookup<readonly CompiledRule[]>;
  /** Rules of a product that name a target, with that target: `from -> to -> [rule, target]`. */
  readonly byTarget: Lookup<ReadonlyMap<string, readonly (readonly [CompiledRule, CompiledRule['targets'][number]])[]>>;
  readonly tables: ReadonlyMap<string, CompiledTable>;
  /** Products each product's rules or tables mention, for quick pair lookups. */
  readonly mentions: Lookup<ReadonlySet<string>>;
}

/** A lookup whose value for an id is made on first read and kept. */
class LazyLookup<V> implements Lookup<V> {
  readonly #made = new Map<string, V | undefined>();
  constructor(private readonly make: (id: string) => V | undefined) {}
  get(id: string): V | undefined {
    if (this.#made.has(id)) return this.#made.get(id);
    const value = this.make(id);
    this.#made.set(id, value);
    return value;
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

const cache = new WeakMap<Matrix, Compiled>();

/**
 * Ranges are parsed with the target product's scheme; hardware (no scheme) takes only `*`. A
 * version the range names that is another name (`aka`) of a release admits that release too.
 */
function rangeFor(matrix: Matrix, id: string, text: string): Range | undefined {
  let byId = rangeMemo.get(matrix);
  if (!byId) rangeMemo.set(matrix, (byId = new Map()));
  let memo = byId.get(id);
  if (!memo) byId.set(id, (memo = new Map()));
  let range = memo.get(text);
  if (range === undefined && !memo.has(text)) memo.set(text, (range = parseRangeFor(matrix, id, text)));
  return range;
}

/**
 * Ranges by product and text, per matrix: tables repeat the same cell down a column and rules the
 * same range across releases (1,864 table cells hold 620 distinct texts, 1,163 rule targets 302).
 * Nested maps: no key string is built per lookup.
 */
const rangeMemo = new WeakMap<Matrix, Map<string, Map<string, Range | undefined>>>();

function parseRangeFor(matrix: Matrix, id: string, text: string): Range | undefined {
  const product = internalsOf(matrix).products.get(id);
  const scheme = product?.scheme;
  if (!scheme) return text.trim() === '*' ? { scheme: 'none', text, intervals: [{ loInclusive: false, hiInclusive: false }], versions: [] } : undefined;
  const range = parseRange(scheme, text);
  const akas = akaKeys(matrix, id);
  if (!akas.length) return range;
  const extra = range.versions.flatMap((v) => akas.filter((a) => compareKeys(a.aka, v.key) === 0 && !v.upper).map((a) => a.release));
  if (!extra.length) return range;
  return { ...range, intervals: [...range.intervals, ...extra.map((k) => versionInterval({ scheme, text: '', key: k }))] };
}

/** Parsed `aka` names of a product's releases, with the key of the release each names. */
function akaKeys(matrix: Matrix, id: string): readonly { aka: readonly (number | string)[]; release: readonly (number | string)[] }[] {
  const memo = memoMap<readonly { aka: readonly (number | string)[]; release: readonly (number | string)[] }[]>(matrix, 'aka');
  let hit = memo.get(id);
  if (!hit) {
    const p = internalsOf(matrix).products.get(id);
    const scheme = p?.scheme ? SCHEMES[p.scheme] : undefined;
    const out: { aka: readonly (number | string)[]; release: readonly (number | string)[] }[] = [];
    for (const r of p?.releases ?? []) {
      if (!r.aka || !scheme) continue;
      const own = scheme.parse(r.version);
      for (const a of r.aka) {
        const parsed = scheme.parse(a.version);
        if (own && parsed && !parsed.upper) out.push({ aka: parsed.key, release: own.key });
      }
    }
    memo.set(id, (hit = out));
  }
  return hit;
}

/**
 * A vendor table copies a row as printed, build label included (`2.9.0.post1+git4c901a4`); a local
 * build label names the public release it was built from, so a cell matches every build of it.
 */
function publicCell(matrix: Matrix, id: string, cell: string): string {
  if (!cell.includes('+') || internalsOf(matrix).products.get(id)?.scheme !== 'pep440') return cell;
  return cell.replace(/\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/gi, '');
}

/** Appends to the list under a key, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A value computed on first read, then kept. */
function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

type Target = CompiledRule['targets'][number];

/** A rule target whose range is parsed on first read. */
class LazyTarget implements Target {
  #range: Range | undefined | null = null;
  constructor(
    private readonly matrix: Matrix,
    readonly relation: Target['relation'],
    readonly id: string,
    readonly text: string,
  ) {}
  get range(): Range | undefined {
    if (this.#range === null) this.#range = rangeFor(this.matrix, this.id, this.text);
    return this.#range;
  }
}

/** A rule whose `releases` range is parsed on first read. */
class LazyRule implements CompiledRule {
  #releases: Range | undefined | null = null;
  constructor(
    private readonly matrix: Matrix,
    readonly owner: string,
    readonly rule: Rule,
    readonly targets: readonly Target[],
    /** Which of the owner's releases the rule holds for, as the build worked it out (see RuleCoverage). */
    readonly coverage: string | null | undefined,
  ) {}
  get releases(): Range | undefined {
    if (this.#releases === null) this.#releases = this.rule.releases !== undefined ? rangeFor(this.matrix, this.owner, this.rule.releases) : undefined;
    return this.#releases;
  }
}

const COVERED: Readonly<Record<string, Satisfaction>> = { y: 'yes', n: 'no', m: 'maybe' };

/** Index of each release record in its product's list (records are shared, so once per process). */
const releaseIndex = new WeakMap<object, number>();

/** Where a release stands in the owner's list, or -1 when it is not one of the owner's (a family's rule). */
function indexOfRelease(matrix: Matrix, owner: string, release: Release): number {
  const list = internalsOf(matrix).products.get(owner)?.releases ?? [];
  let at = releaseIndex.get(release);
  if (at === undefined) {
    for (let i = 0; i < list.length; i++) releaseIndex.set(list[i]!, i);
    at = releaseIndex.get(release);
  }
  return at !== undefined && list[at] === release ? at : -1;
}

/** A version that is a release exactly as the data writes it (not a series, not a build label). */
function asWritten(version: Version | undefined, release: Release): boolean {
  return version !== undefined && version.text === release.version && !version.upper && !version.local;
}

/**
 * Whether a rule holds for a version of its product (`yes` for a rule that names no releases). For
 * a release the data lists, written as the data writes it, the build's coverage answers without
 * parsing the rule's range; otherwise the range is asked.
 */
export function ruleApplies(matrix: Matrix, cr: CompiledRule, version: Version | undefined, release: Release | undefined): Satisfaction {
  if (cr.rule.releases === undefined) return 'yes';
  const coverage = cr instanceof LazyRule ? cr.coverage : undefined;
  if (coverage && release && asWritten(version, release)) {
    const at = indexOfRelease(matrix, (cr as LazyRule).owner, release);
    const known = at >= 0 && at < coverage.length ? COVERED[coverage[at]!] : undefined;
    if (known) return known;
  }
  return cr.releases ? satisfies(cr.releases, version) : 'yes';
}

/** A rule list's entries that may hold, per release of the owner (see `mayHold`). */
interface HeldBy<T> {
  /** The release asked first, with its entries: a list asked once (a check) is not indexed. */
  first?: { readonly at: number; readonly entries: readonly T[] };
  /** Entries by release index, made when a second release is asked (a solve, a fix). */
  byRelease?: readonly (readonly T[])[];
}

const heldBy = new WeakMap<object, HeldBy<unknown>>();
const NO_ENTRIES: readonly never[] = Object.freeze([]);

/**
 * The entries of a product's rule list (a `byTarget` list) that may hold for an item of that
 * product, in list order: those whose rule the build's coverage marks `n` for the item's release
 * are left out, as `ruleApplies` would answer `no` for them without parsing a range. A solve or fix
 * asks the same list for many releases (CANN has a hundred, and a hundred rules naming Python): from
 * the second release on, the list is indexed by release once, and each release reads its own few.
 */
export function mayHold<T extends readonly [CompiledRule, ...unknown[]]>(matrix: Matrix, owner: string, list: readonly T[], item: { readonly parsed?: Version | undefined; readonly release?: Release | undefined }): readonly T[] {
  if (!item.release || !asWritten(item.parsed, item.release)) return list;
  const at = indexOfRelease(matrix, owner, item.release);
  if (at < 0) return list;
  let held = heldBy.get(list) as HeldBy<T> | undefined;
  if (!held) heldBy.set(list, (held = {}));
  if (held.byRelease) return held.byRelease[at] ?? NO_ENTRIES;
  if (!held.first) {
    const entries = list.filter((e) => markOf(e[0], owner, at) !== 'n');
    held.first = { at, entries };
    return entries;
  }
  if (held.first.at === at) return held.first.entries;
  const releases = internalsOf(matrix).products.get(owner)?.releases?.length ?? 0;
  const byRelease: T[][] = Array.from({ length: releases }, () => []);
  for (const e of list) {
    const marks = coverageFor(e[0], owner);
    if (marks === undefined) for (const entries of byRelease) entries.push(e);
    else for (let i = 0; i < releases; i++) if (marks[i] !== 'n') byRelease[i]!.push(e);
  }
  held.byRelease = byRelease;
  return byRelease[at] ?? NO_ENTRIES;
}

/** A rule's marks over its owner's releases when they can rule releases out (see RuleCoverage); else undefined. */
function coverageFor(cr: CompiledRule, owner: string): string | undefined {
  if (!(cr instanceof LazyRule) || cr.owner !== owner || cr.rule.releases === undefined || !cr.coverage) return undefined;
  return cr.coverage;
}

/** A rule's mark for its owner's release at an index, if the build worked it out. */
function markOf(cr: CompiledRule, owner: string, at: number): string | undefined {
  return coverageFor(cr, owner)?.[at];
}

/**
 * Which of each product's releases each of its rules holds for, as `ruleApplies` would answer by
 * parsing the rules' ranges; the build writes it with the compiled data (src/data/dataset-text.ts).
 * Products without releases or rules are left out.
 */
export function ruleCoverage(matrix: Matrix): Map<string, RuleCoverage> {
  const out = new Map<string, RuleCoverage>();
  for (const p of internalsOf(matrix).products.values()) {
    const scheme = p.scheme ? SCHEMES[p.scheme] : undefined;
    if (!scheme || !p.releases?.length || !p.rules?.length) continue;
    const versions = p.releases.map((r) => scheme.parse(r.version));
    out.set(
      p.id,
      p.rules.map((rule) => {
        if (rule.releases === undefined) return null;
        const range = rangeFor(matrix, p.id, rule.releases);
        const marks = versions.map((v, i) => (v && range && asWritten(v, p.releases![i]!) ? satisfies(range, v)[0]! : '?')).join('');
        // Nothing worked out (series or labelled releases): an empty mark, the range is asked.
        return /^\?*$/.test(marks) ? '' : marks;
      }),
    );
  }
  return out;
}

/**
 * How each row's cell in a table column admits an item, one mark a row (`y`, `m`, or `n` for no and
 * for an empty cell), from the build's table coverage: for a release the data lists, written as the
 * data writes it, without parsing the column's cells. Undefined when the coverage does not say for
 * every row (then the cells are asked).
 */
export function cellMarks(matrix: Matrix, ct: CompiledTable, col: number, item: { readonly parsed?: Version | undefined; readonly release?: Release | undefined }): string | undefined {
  const all = ct.coverage(col);
  const id = ct.products[col];
  if (!all || !id || !item.release || !asWritten(item.parsed, item.release)) return undefined;
  const at = indexOfRelease(matrix, id, item.release);
  const stride = internalsOf(matrix).products.get(id)?.releases?.length ?? 0;
  if (at < 0 || !stride || all.length % stride !== 0) return undefined;
  let marks = '';
  for (let i = at; i < all.length; i += stride) marks += all[i];
  return marks.includes('?') ? undefined : marks;
}

/**
 * Which of its product's releases each cell of each vendor table column admits, as `rowsFor` in
 * the engine would answer by parsing the cells; the build writes it with the compiled data
 * (src/data/dataset-text.ts). Tables without a column of a product with releases are left out.
 */
export function tableCoverage(matrix: Matrix): Map<string, TableCoverage> {
  const out = new Map<string, TableCoverage>();
  const { dataset, products } = internalsOf(matrix);
  for (const t of dataset.tables) {
    const columns = t.columns.map((c, col) => {
      const p = 'product' in c ? products.get(c.product) : undefined;
      const scheme = p?.scheme ? SCHEMES[p.scheme] : undefined;
      if (!p || !scheme || !p.releases?.length) return null;
      const versions = p.releases.map((r) => scheme.parse(r.version));
      return t.rows
        .map((row) => {
          const cell = row[col];
          const range = cell !== null && cell !== undefined ? rangeFor(matrix, p.id, publicCell(matrix, p.id, cell)) : undefined;
          return versions.map((v, i) => (!range ? 'n' : v && asWritten(v, p.releases![i]!) ? satisfies(range, v)[0]! : '?')).join('');
        })
        .join('');
    });
    if (columns.some((c) => c !== null)) out.set(t.id, columns);
  }
  return out;
}

const RELATIONS = ['requires', 'supports', 'conflicts'] as const;

/** Families: what is said of a family holds for every member, as a rule's owner or its target. */
function families(dataset: Dataset): { familiesOf: Map<string, string[]>; membersOf: Map<string, string[]> } {
  const familiesOf = new Map<string, string[]>();
  const membersOf = new Map<string, string[]>();
  for (const p of dataset.products) {
    for (const f of p.memberOf ?? []) {
      push(familiesOf, p.id, f);
      push(membersOf, f, p.id);
    }
  }
  return { familiesOf, membersOf };
}

/**
 * Who mentions whom in rules, both ways, from the rule texts alone (no rule is compiled): a
 * product's own targets and its families', each target with its members, and `only` lists. The
 * build writes it into the compiled data (src/data/dataset-text.ts), so a process need not read
 * every product's rules to know which products a pair may concern.
 */
export function ruleMentions(dataset: Dataset): Map<string, Set<string>> {
  const mentions = new Map<string, Set<string>>();
  const mentionOne = (a: string, b: string) => {
    const set = mentions.get(a);
    if (set) set.add(b);
    else mentions.set(a, new Set([b]));
  };
  const mention = (a: string, b: string) => {
    mentionOne(a, b);
    mentionOne(b, a);
  };
  const { familiesOf, membersOf } = families(dataset);
  const byId = new Map(dataset.products.map((p) => [p.id, p]));
  const ownTargets = (p: Product | undefined): string[] => {
    const out: string[] = [];
    for (const rule of p?.rules ?? []) for (const relation of RELATIONS) for (const id in rule[relation] ?? {}) out.push(id);
    return out;
  };
  for (const p of dataset.products) {
    for (const rule of p.rules ?? []) for (const id of rule.only ?? []) mention(p.id, id);
    const targets = ownTargets(p);
    for (const f of familiesOf.get(p.id) ?? []) targets.push(...ownTargets(byId.get(f)));
    for (const t of targets) {
      mention(p.id, t);
      for (const m of membersOf.get(t) ?? []) mention(p.id, m);
    }
  }
  return mentions;
}

/**
 * Indexes a matrix once (cached per matrix). At start only what a pair lookup needs to know about
 * every product is built: which products mention which, families and tables. A product's rules,
 * closed lists and targets are compiled the first time the engine asks for that product, and
 * ranges are parsed on first use: a process that checks one stack compiles the few products it
 * names. This runs at the start of every process that asks a question, so it allocates little.
 */
export function compile(matrix: Matrix): Compiled {
  const hit = cache.get(matrix);
  if (hit) return hit;
  const { dataset, products } = internalsOf(matrix);
  const { familiesOf, membersOf } = families(dataset);
  // What the rules name: read with the compiled data when it carries it, so no rule text is parsed
  // here; what tables name is added below. A product's set is made the first time it is asked for.
  const named: ReadonlyMap<string, Iterable<string>> = mentionsOf(dataset) ?? ruleMentions(dataset);
  const byTables = new Map<string, string[]>();
  const mentions = new LazyLookup<ReadonlySet<string>>((id) => {
    const own = named.get(id);
    const more = byTables.get(id);
    return own || more ? new Set([...(own ?? []), ...(more ?? [])]) : undefined;
  });
  const tables = new Map<string, CompiledTable>();
  const tableMarks = tableCoverageOf(dataset);
  for (const t of dataset.tables) {
    const ids = t.columns.map((c) => ('product' in c ? c.product : undefined));
    const relations = t.columns.map((c, i) => (i === 0 || !('product' in c) ? undefined : (c.relation ?? 'supports')));
    const columns = ids.map((id, i) => lazy(() => t.rows.map((row) => (row[i] !== null && row[i] !== undefined && id ? rangeFor(matrix, id, publicCell(matrix, id, row[i])) : undefined))));
    const inTable = ids.filter((x): x is string => Boolean(x));
    for (const a of inTable) for (const b of inTable) if (a !== b) push(byTables, a, b);
    tables.set(t.id, { table: t, products: ids, relations, column: (col) => columns[col]?.() ?? [], coverage: (col) => tableMarks?.(t.id)?.[col], evidence: t.evidence, sourceColumn: t.columns.findIndex((c) => 'source' in c), keyRows: new Map(), allowed: new Map() });
  }

  const coverage = coverageOf(dataset);
  const ownRules = new LazyLookup<CompiledRule[]>((id) => {
    const p = products.get(id);
    if (!p) return undefined;
    const covered = coverage?.(id);
    return (p.rules ?? []).map((rule, index) => {
      const targets: Target[] = [];
      for (const relation of RELATIONS) {
        const named = rule[relation];
        if (named) for (const target of Object.keys(named)) targets.push(new LazyTarget(matrix, relation, target, named[target]!));
      }
      return new LazyRule(matrix, p.id, rule, targets, covered?.[index]);
    });
  });
  const rules = new LazyLookup<readonly CompiledRule[]>((id) => {
    const own = ownRules.get(id);
    if (!own) return undefined;
    const inherited = (familiesOf.get(id) ?? []).flatMap((f) => ownRules.get(f) ?? []);
    return inherited.length ? [...own, ...inherited] : own;
  });
  const closed = new LazyLookup<readonly CompiledRule[]>((id) => {
    const list = (rules.get(id) ?? []).filter((cr) => cr.rule.closed || cr.rule.only);
    return list.length ? list : undefined;
  });
  const byTarget = new LazyLookup<ReadonlyMap<string, readonly (readonly [CompiledRule, Target])[]>>((from) => {
    const list = rules.get(from);
    if (!list) return undefined;
    const m = new Map<string, (readonly [CompiledRule, Target])[]>();
    for (const cr of list) for (const t of cr.targets) for (const id of [t.id, ...(membersOf.get(t.id) ?? [])]) push(m, id, [cr, t] as const);
    return m;
  });
  const compiled: Compiled = { rules, familiesOf, membersOf, closed, byTarget, tables, mentions };
  cache.set(matrix, compiled);
  return compiled;
}
