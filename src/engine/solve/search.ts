import { internalsOf, type Matrix } from '../../data/matrix.ts';
import { isDomestic } from '../origin.ts';
import { evaluateStack, type Evaluation } from '../check.ts';
import { pairStatus } from '../evaluate-pair.ts';
import { pairFacts, requirementsOf, scopeKey, type StackContext } from '../facts.ts';
import { pairMemoFor } from '../memo.ts';
import type { ReadOptions } from '../options.ts';
import type { ParsedStack } from '../parse-stack.ts';
import { cachedRange } from '../range-cache.ts';
import { policyFor } from '../relevant-pairs.ts';
import type { ResolvedComponent } from '../types.ts';
import { domainOf, narrow, type Variable } from './variables.ts';

/*
 * Depth-first search over variables. Fixed variables go first, then the smallest domain. A value
 * is tried only if it conflicts with no value already chosen, so no branch with a conflicting pair
 * is ever completed; values that add fewer unknown pairs go first, then the caller's order
 * (newest for solve, nearest for fix). Requirements of a chosen value become new variables, or
 * narrow the domain of an existing one. Complete stacks are evaluated by the same check users get;
 * the search stops at `limit` fitting stacks or at its budget of assignments.
 */

export interface SearchSettings {
  readonly limit: number;
  readonly budget: number;
  /** Keep stacks whose verdict is unknown too (after fitting ones). */
  readonly keepUnknown: boolean;
  /** Tie-break among values adding as many unknown pairs: lower first (domain order when absent). */
  readonly order?: (c: ResolvedComponent, v: Variable) => number;
  /** Put domestic products first among equals. */
  readonly domestic?: boolean;
}

export interface Found {
  readonly components: readonly ResolvedComponent[];
  readonly result: Evaluation;
}

type Status = 'conflict' | 'unknown' | 'ok';

const NONE: readonly string[] = [];

export class Search {
  readonly #matrix: Matrix;
  readonly #ctx: StackContext;
  readonly #parsed: ParsedStack;
  readonly #opts: ReadOptions;
  readonly #settings: SearchSettings;
  readonly #rowLinked = new Map<string, Map<string, string[]>>();
  readonly #scope: string;
  /** Completed stacks: their evaluation, and whether one of the runs kept it. */
  readonly #seen = new Map<string, { readonly result: Evaluation; kept: boolean }>();
  readonly found: Found[] = [];
  explored = 0;
  #fits = 0;
  #unknowns = 0;

  constructor(matrix: Matrix, ctx: StackContext, parsed: ParsedStack, opts: ReadOptions, settings: SearchSettings) {
    this.#matrix = matrix;
    this.#ctx = ctx;
    this.#parsed = parsed;
    this.#opts = opts;
    this.#settings = settings;
    this.#scope = scopeKey(ctx);
  }

  get fits(): number {
    return this.#fits;
  }

  /** Assignments the budget still allows (0 or less once it has run out). */
  get left(): number {
    return this.#settings.budget - this.explored;
  }

  get done(): boolean {
    return this.explored >= this.#settings.budget || this.#fits >= this.#settings.limit;
  }

  #keepUnknown: boolean | undefined;
  /** Where the current run stops: its share of the budget (see `run`). */
  #runEnd = Infinity;

  /** This run is over: the whole search is done, or the run has used its share. */
  #over(): boolean {
    return this.done || this.explored >= this.#runEnd;
  }

  /**
   * Runs the search from these variables; may be called again with others (bridges), optionally
   * keeping only fitting stacks that time, and within `share` more assignments (one bridge whose
   * releases pair with nothing else must not spend what the next one needs).
   */
  run(vars: readonly Variable[], keepUnknown = this.#settings.keepUnknown, share = Infinity): void {
    this.#unknowns = 0;
    this.#keepUnknown = keepUnknown;
    this.#runEnd = this.explored + share;
    this.#search(vars, [], 0);
  }

  /**
   * A pair's status for pruning. A policy pair that a mediating layer may meet (pairs.yaml `via`)
   * and that no fact binds is not counted as unknown here: the full check of the complete stack
   * decides it, once the mediating item is chosen.
   */
  #statusOf(c: ResolvedComponent, other: ResolvedComponent, at: StackContext): Status {
    const v = pairStatus(pairFacts(this.#matrix, c, other, at));
    if (v.status === 'conflict') return 'conflict';
    if (v.status === 'supported') return 'ok';
    if (v.binding) return 'unknown';
    const rule = policyFor(internalsOf(this.#matrix).dataset.pairs, c, other);
    return rule && !rule.via ? 'unknown' : 'ok';
  }

  /**
   * Key products of the vendor tables that have both products as non-key columns: such a row links
   * them only when the stack has the table's key at a version the row names.
   */
  #rowKeys(a: string, b: string): readonly string[] {
    let byB = this.#rowLinked.get(a);
    if (!byB) this.#rowLinked.set(a, (byB = new Map()));
    let hit = byB.get(b);
    if (hit === undefined) {
      hit = [];
      for (const t of internalsOf(this.#matrix).tablesByProduct.get(a) ?? []) {
        const ids = t.columns.map((col) => ('product' in col ? col.product : undefined));
        if (ids[0] && ids.indexOf(a) > 0 && ids.indexOf(b) > 0) hit.push(ids[0]);
      }
      byB.set(b, hit);
    }
    return hit;
  }

  /**
   * Unknown pairs a value adds to the chosen ones, or -1 when it conflicts with one of them;
   * with `firstOnly`, 1 at the first unknown pair (enough to tell "adds none"). Pair statuses are
   * memoized per matrix without the rest of the stack; an unknown pair that a vendor table's rows
   * may link is asked again with the chosen items that are keys of those tables.
   */
  #unknownsWith(c: ResolvedComponent, chosen: readonly ResolvedComponent[], firstOnly = false): number {
    if (chosen.some((x) => x.id === c.id)) return -1;
    const memo = pairMemoFor<Status>(this.#matrix, 'solve-pair');
    const scope = this.#scope;
    let unknown = 0;
    let present: Map<string, ResolvedComponent> | undefined;
    for (const other of chosen) {
      let s = memo.get(c, other, scope);
      if (!s) s = memo.set(c, other, scope, this.#statusOf(c, other, this.#ctx));
      const rowKeys = s === 'unknown' ? this.#rowKeys(c.id, other.id) : NONE;
      let keys = '';
      for (let i = 0; i < rowKeys.length; i++) for (const x of chosen) if (x.id === rowKeys[i]) keys += ` ${x.input}`;
      if (keys) {
        const withKeys = `${scope}\u0000${keys}`;
        let t = memo.get(c, other, withKeys);
        if (!t) {
          present ??= new Map([...chosen, c].map((x) => [x.id, x]));
          const { key: _k, ...rest } = this.#ctx;
          t = memo.set(c, other, withKeys, this.#statusOf(c, other, { ...rest, present }));
        }
        s = t;
      }
      if (s === 'conflict') return -1;
      if (s === 'unknown' && (unknown++, firstOnly)) return unknown;
    }
    return unknown;
  }

  #complete(chosen: readonly ResolvedComponent[]): void {
    const key = chosen.map((c) => c.input).sort().join(' ');
    let seen = this.#seen.get(key);
    if (seen?.kept) return;
    if (!seen) {
      const stack: ParsedStack = { components: [...chosen], ...(this.#parsed.arch ? { arch: this.#parsed.arch } : {}), ...(this.#parsed.arches ? { arches: this.#parsed.arches } : {}), ...(this.#parsed.workload ? { workload: this.#parsed.workload } : {}) };
      this.#seen.set(key, (seen = { result: evaluateStack(this.#matrix, stack, this.#opts), kept: false }));
    }
    // An unknown stack a run without unknown stacks completed is kept when a later run keeps them.
    const result = seen.result;
    if (result.verdict === 'fits') {
      this.#fits++;
      this.found.push({ components: chosen, result });
      seen.kept = true;
    } else if (result.verdict === 'unknown' && this.#keepUnknown && this.#unknowns++ < this.#settings.limit * 4) {
      this.found.push({ components: chosen, result });
      seen.kept = true;
    }
  }

  #search(queue: readonly Variable[], chosen: ResolvedComponent[], pathUnknown: number): void {
    if (this.#over()) return;
    // A branch with an unknown pair cannot fit; once enough unknown stacks are kept, drop it.
    if (pathUnknown > 0 && !this.#keepingUnknown()) return;
    if (!queue.length) return this.#complete(chosen);
    let pick = 0;
    for (let i = 1; i < queue.length; i++) {
      const a = queue[i]!;
      const b = queue[pick]!;
      if ((a.fixed && !b.fixed) || (a.fixed === b.fixed && a.domain.length < b.domain.length)) pick = i;
    }
    const v = queue[pick]!;
    const rest = queue.filter((_, i) => i !== pick);
    const order = this.#settings.order;
    const foreign = (c: ResolvedComponent) => (this.#settings.domestic && !isDomestic(c) ? 1 : 0);
    const byPreference = v.domain.map((c, i) => ({ c, i, u: 0 })).sort((a, b) => foreign(a.c) - foreign(b.c) || (order ? order(a.c, v) - order(b.c, v) : 0) || a.i - b.i);
    // Values that add no unknown pair come first, in preference order. Telling them apart needs
    // only each value's first unknown pair, so most values are settled after a pair or two; the
    // full count orders the rest, and is only made if the search gets that far.
    const later: { c: ResolvedComponent; i: number; u: number }[] = [];
    for (const x of byPreference) {
      const u = this.#unknownsWith(x.c, chosen, true);
      if (u === 0) {
        if (!this.#try(rest, chosen, x.c, pathUnknown)) return;
      } else if (u > 0) later.push(x);
    }
    // A value with an unknown pair cannot fit; without unknown stacks to keep, it leads nowhere.
    if (!this.#keepingUnknown()) return;
    for (const x of later) x.u = this.#unknownsWith(x.c, chosen);
    later.sort((a, b) => a.u - b.u);
    for (const { c, u } of later) if (!this.#try(rest, chosen, c, pathUnknown + u)) return;
  }

  /** Whether branches with an unknown pair are still worth completing. */
  #keepingUnknown(): boolean {
    return Boolean(this.#keepUnknown) && this.#unknowns < this.#settings.limit * 4;
  }

  /** Chooses `c` and searches on; false once the search is done. */
  #try(rest: readonly Variable[], chosen: readonly ResolvedComponent[], c: ResolvedComponent, pathUnknown: number): boolean {
    this.explored++;
    if (this.#over()) return false;
    const next = this.#withRequirements(rest, chosen, c);
    if (next) this.#search(next, [...chosen, c], pathUnknown);
    return !this.#over();
  }

  /** The queue after choosing `c`: its requirements added as variables or narrowing existing ones; undefined when one empties. */
  #withRequirements(rest: readonly Variable[], chosen: readonly ResolvedComponent[], c: ResolvedComponent): readonly Variable[] | undefined {
    let next = rest;
    for (const req of requirementsOf(this.#matrix, c, this.#ctx)) {
      if (chosen.some((x) => x.id === req.id)) continue;
      const target = internalsOf(this.#matrix).products.get(req.id);
      if (!target) continue;
      const existing = next.find((x) => x.key === req.id || x.domain.some((d) => d.id === req.id));
      if (existing) {
        const narrowed = narrow(existing.domain, req, req.id, target.scheme ? cachedRange(target.scheme, req.allowed) : undefined);
        if (!narrowed.length) return undefined;
        if (narrowed !== existing.domain) next = next.map((x) => (x === existing ? { ...x, domain: narrowed } : x));
      } else {
        const domain = domainOf(this.#matrix, target, req.allowed.trim() === '*' ? undefined : req.allowed);
        if (!domain.length) return undefined;
        next = [...next, { key: req.id, fixed: false, domain }];
      }
    }
    return next;
  }
}
