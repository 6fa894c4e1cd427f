import type { Matrix } from '../data/matrix.ts';
import { StackfitError } from '../errors.ts';
import { EVIDENCE_LEVELS, KINDS, ROLES, type Evidence } from '../schema/constants.ts';
import type { Product } from '../schema/product.ts';
import { satisfies, type Range } from '../version/range.ts';
import { SCHEMES } from '../version/schemes/index.ts';
import { checkParsed } from './check.ts';
import { compile } from './compiled.ts';
import { pairStatus } from './evaluate-pair.ts';
import { pairFacts, requirementsOf, type StackContext } from './facts.ts';
import { parseStack } from './parse-stack.ts';
import { memoFor, pairMemoFor } from './memo.ts';
import { isPolicyPair } from './relevant-pairs.ts';
import { cachedRange } from './range-cache.ts';
import type { CheckOptions, CheckResult, ResolvedComponent } from './types.ts';

/*
 * solve completes a partial stack. Each item is a variable:
 *   name@version  fixed;   name  a product whose version is open;   kind or kind/role (`os`,
 *   `framework/engine`)  a layer whose product and version are open.
 * Products that chosen releases require (rules and vendor tables) are added as new variables whose
 * domain is what the requirement admits. Depth-first search assigns variables in order (fixed and
 * hardware first, smallest domain next) and prunes as soon as an assigned pair conflicts, so it
 * never walks the whole cartesian product. Complete stacks are checked and ranked:
 * fits before unknown, stronger weakest evidence, not end of life, newer, domestic first if asked.
 */

export interface SolveOptions extends CheckOptions {
  /** Put products of domestic vendors (origin CN) first. */
  readonly prefer?: 'domestic';
  /** Also return stacks whose verdict is unknown (default true; false keeps only fitting ones). */
  readonly includeUnknown?: boolean;
  /** Stacks returned (default 5). */
  readonly limit?: number;
  /** Search budget in assignments tried (default 20000). */
  readonly budget?: number;
}

export interface SolvedStack extends CheckResult {
  /** Stack items that reproduce it with `check`. */
  readonly items: readonly string[];
}

export interface SolveResult {
  readonly stacks: readonly SolvedStack[];
  /** Assignments tried: a measure of the search. */
  readonly explored: number;
}

interface Variable {
  readonly key: string;
  readonly domain: readonly ResolvedComponent[];
  readonly fixed: boolean;
}

const domainIds = new WeakMap<readonly ResolvedComponent[], ReadonlySet<string>>();

/** The products a domain holds (memoized per domain array). */
function idsOf(domain: readonly ResolvedComponent[]): ReadonlySet<string> {
  let ids = domainIds.get(domain);
  if (!ids) domainIds.set(domain, (ids = new Set(domain.map((d) => d.id))));
  return ids;
}

const narrowings = new WeakMap<readonly ResolvedComponent[], WeakMap<object, readonly ResolvedComponent[]>>();

/** A domain without the releases of `id` that a range rules out (memoized per domain and requirement). */
function narrow(domain: readonly ResolvedComponent[], req: object, id: string, range: Range | undefined): readonly ResolvedComponent[] {
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

function component(matrix: Matrix, p: Product, version?: string): ResolvedComponent {
  const vendor = matrix.vendor(p.vendor);
  const base = { input: version ? `${p.id}@${version}` : p.id, id: p.id, kind: p.kind, name: p.name, vendor: p.vendor, product: p, ...(p.role ? { role: p.role } : {}), ...(vendor?.origin ? { origin: vendor.origin } : {}) };
  if (!version) return base;
  const scheme = SCHEMES[p.scheme!]!;
  const release = matrix.releases(p.id).find((r) => r.version === version);
  return { ...base, version, parsed: scheme.parse(version)!, ...(release ? { release } : {}) };
}

/** Every release of a product as a candidate, newest first; versionless products as themselves (memoized). */
function domainOf(matrix: Matrix, p: Product, admit?: string): readonly ResolvedComponent[] {
  const memo = memoFor<readonly ResolvedComponent[]>(matrix, 'domain');
  const key = `${p.id}\u0000${admit ?? ''}`;
  return memo.get(key) ?? memo.set(key, Object.freeze(collectDomain(matrix, p, admit).map((c) => Object.freeze(c))));
}

function collectDomain(matrix: Matrix, p: Product, admit?: string): ResolvedComponent[] {
  const releases = matrix.releases(p.id);
  if (!p.scheme || !releases.length) return [component(matrix, p)];
  const range = admit ? cachedRange(p.scheme, admit) : undefined;
  const out: ResolvedComponent[] = [];
  for (let i = releases.length - 1; i >= 0; i--) {
    const c = component(matrix, p, releases[i]!.version);
    if (!range || satisfies(range, c.parsed) === 'yes') out.push(c);
  }
  return out;
}

function isLayer(word: string): boolean {
  const [kind, role] = word.split('/');
  return (KINDS as readonly string[]).includes(kind!) && (!role || (ROLES as readonly string[]).includes(role));
}

const EVIDENCE_RANK = (e: Evidence | undefined) => (e ? EVIDENCE_LEVELS.indexOf(e) : EVIDENCE_LEVELS.length);

function weakest(result: CheckResult): number {
  return Math.max(-1, ...result.pairs.filter((p) => p.status === 'supported').map((p) => EVIDENCE_RANK(p.evidence)));
}

/**
 * Completes a partial stack into ranked stacks, best first. Items as for `check`, plus layers
 * given by kind (`os`, `toolkit`, `framework/engine`) and products without a version.
 *
 * @example
 * solve(loadMatrix(), ['ascend-910b', 'vllm']).stacks[0].items
 */
export function solve(matrix: Matrix, items: readonly string[], options: SolveOptions = {}): SolveResult {
  const layers = items.filter((i) => isLayer(i.trim().toLowerCase()));
  const named = items.filter((i) => !layers.includes(i));
  const parsed = parseStack(matrix, named);
  const ctx: StackContext = {
    ...(parsed.arch ? { arch: parsed.arch } : parsed.components.find((c) => c.kind === 'cpu')?.product.arch?.[0] ? { arch: parsed.components.find((c) => c.kind === 'cpu')!.product.arch![0]! } : {}),
    ...((options.workload ?? parsed.workload) ? { workload: (options.workload ?? parsed.workload)! } : {}),
  };
  const vars: Variable[] = [];
  for (const c of parsed.components) {
    const fixed = Boolean(c.version) || !c.product.scheme;
    vars.push({ key: c.id, fixed, domain: fixed ? [c] : domainOf(matrix, c.product) });
  }
  for (const layer of layers) {
    const [kind, role] = layer.toLowerCase().split('/');
    const products = matrix.products.filter((p) => p.kind === kind && (!role || p.role === role) && !vars.some((v) => v.key === p.id));
    if (!products.length) throw new StackfitError({ code: 'bad-input', message: `no products of layer "${layer}"`, hint: `Layers: ${KINDS.join(', ')}.` });
    vars.push({ key: `layer:${layer}`, fixed: false, domain: products.flatMap((p) => domainOf(matrix, p)) });
  }

  const limit = options.limit ?? 5;
  const budget = options.budget ?? 20_000;
  const lang = options.lang ?? 'en';
  const results: CheckResult[] = [];
  const seen = new Set<string>();
  let explored = 0;
  let fits = 0;
  let unknowns = 0;
  const checkOptions: CheckOptions = { ...options, date: options.date ?? new Date().toISOString().slice(0, 10) };

  /** Unknown pairs a choice adds to the chosen items, or -1 when it conflicts with one of them. */
  const foreign = (c: ResolvedComponent) => (c.origin === 'CN' ? 0 : 1);
  // Pair statuses are kept per matrix across calls: they depend only on the two items, the
  // architecture, the workload and (for table rows) the table keys present, all in the key.
  const pairMemo = pairMemoFor<'conflict' | 'unknown' | 'ok'>(matrix, 'solve-pair');
  const scope = `${ctx.arch ?? ''}\u0000${ctx.workload ?? ''}`;
  const statusOf = (c: ResolvedComponent, other: ResolvedComponent, at: StackContext) => {
    const v = pairStatus(pairFacts(matrix, c, other, at));
    return v.status === 'conflict' ? 'conflict' : v.status === 'unknown' && (v.binding || isPolicyPair(matrix.pairs, c, other)) ? 'unknown' : 'ok';
  };
  /** Memoized without the rest of the stack; an unknown is re-asked with it (vendor-table rows). */
  const statusWith = (c: ResolvedComponent, other: ResolvedComponent, present: () => ReadonlyMap<string, ResolvedComponent>, keysOf: () => string) => {
    let s = pairMemo.get(c, other, scope);
    if (!s) s = pairMemo.set(c, other, scope, statusOf(c, other, ctx));
    if (s !== 'unknown' || !sharesTableRow(c.id, other.id)) return s;
    const withKeys = `${scope}\u0000${keysOf()}`;
    let t = pairMemo.get(c, other, withKeys);
    if (!t) t = pairMemo.set(c, other, withKeys, statusOf(c, other, { ...ctx, present: present() }));
    return t;
  };
  /** Products that key a vendor table: the only ones whose presence changes a row link. */
  const tableKeys = new Set(matrix.tables.flatMap((t) => ('product' in t.columns[0]! ? [t.columns[0].product] : [])));
  /** Whether some vendor table has both products as non-key columns (rows link them via the key). */
  const rowLinked = new Map<string, boolean>();
  const sharesTableRow = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    let hit = rowLinked.get(key);
    if (hit === undefined) {
      hit = matrix.tablesOf(a).some((t) => {
        const ids = t.columns.map((col) => ('product' in col ? col.product : undefined));
        return ids.indexOf(a) > 0 && ids.indexOf(b) > 0;
      });
      rowLinked.set(key, hit);
    }
    return hit;
  };
  const unknownsWith = (c: ResolvedComponent, chosen: readonly ResolvedComponent[]): number => {
    if (chosen.some((x) => x.id === c.id)) return -1;
    let unknown = 0;
    let present: Map<string, ResolvedComponent> | undefined;
    const presentNow = () => (present ??= new Map([...chosen, c].map((x) => [x.id, x])));
    let keys: string | undefined;
    const keysNow = () => (keys ??= [...chosen, c].filter((x) => tableKeys.has(x.id)).map((x) => x.input).join(' '));
    for (const other of chosen) {
      const s = statusWith(c, other, presentNow, keysNow);
      if (s === 'conflict') return -1;
      if (s === 'unknown') unknown++;
    }
    return unknown;
  };

  const search = (queue: readonly Variable[], chosen: ResolvedComponent[], pathUnknown: number): void => {
    if (explored >= budget || fits >= limit) return;
    // A branch with an unknown pair cannot fit; once enough unknown stacks are kept, drop it.
    if (pathUnknown > 0 && unknowns >= limit * 4) return;
    if (!queue.length) {
      const key = chosen.map((c) => c.input).sort().join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      const result = checkParsed(matrix, { components: chosen, ...(parsed.arch ? { arch: parsed.arch } : {}), ...(ctx.workload ? { workload: ctx.workload } : {}) }, checkOptions);
      if (result.verdict === 'fits') fits++;
      if (result.verdict === 'fits' || (result.verdict === 'unknown' && unknowns++ < limit * 4)) results.push(result);
      return;
    }
    // Fixed variables first, then the smallest domain.
    let pick = 0;
    for (let i = 1; i < queue.length; i++) {
      const a = queue[i]!;
      const b = queue[pick]!;
      if ((a.fixed && !b.fixed) || (a.fixed === b.fixed && a.domain.length < b.domain.length)) pick = i;
    }
    const v = queue[pick]!;
    const rest = queue.filter((_, i) => i !== pick);
    // Values that add no unknown pair go first (newest first among equals): fitting stacks early.
    const ordered = v.domain
      .map((c) => ({ c, u: unknownsWith(c, chosen) }))
      .filter((x) => x.u >= 0)
      .sort((a, b) => a.u - b.u || (options.prefer === 'domestic' ? foreign(a.c) - foreign(b.c) : 0));
    for (const { c, u } of ordered) {
      explored++;
      if (explored >= budget) return;
      // Requirements of this choice become variables (or narrow existing ones).
      let next = rest;
      let ok = true;
      for (const req of requirementsOf(matrix, c, ctx)) {
        if (chosen.some((x) => x.id === req.id)) continue;
        const target = matrix.product(req.id);
        if (!target) continue;
        const existing = next.find((x) => x.key === req.id || idsOf(x.domain).has(req.id));
        if (existing) {
          const narrowed = narrow(existing.domain, req, req.id, target.scheme ? cachedRange(target.scheme, req.allowed) : undefined);
          if (!narrowed.length) {
            ok = false;
            break;
          }
          if (narrowed !== existing.domain) next = next.map((x) => (x === existing ? { ...x, domain: narrowed } : x));
        } else {
          const domain = domainOf(matrix, target, req.allowed.trim() === '*' ? undefined : req.allowed);
          if (!domain.length) {
            ok = false;
            break;
          }
          next = [...next, { key: req.id, fixed: false, domain }];
        }
      }
      if (ok) search(next, [...chosen, c], pathUnknown + u);
      if (explored >= budget || fits >= limit) return;
    }
  };
  search(vars, [], 0);

  // No fitting stack yet: add the products that link two items the user named (an engine's
  // plugin for a chip, say: vllm-ascend mentions both vllm and ascend-910b) and search again.
  if (fits < limit) {
    const named = new Set(parsed.components.map((c) => c.id));
    const mentions = compile(matrix).mentions;
    const linked = (p: Product) => [...named].filter((id) => mentions.get(p.id)?.has(id));
    // What a product itself states: its rules' targets and the columns of the tables keyed by it
    // (vllm-ascend's own table names vllm; CANN only shares a column with vllm in that table).
    const own = (p: Product) => {
      const ids = new Set(compile(matrix).byTarget.get(p.id)?.keys() ?? []);
      for (const t of matrix.tablesOf(p.id)) {
        const key = t.columns[0];
        if (key && 'product' in key && key.product === p.id) for (const c of t.columns) if ('product' in c) ids.add(c.product);
      }
      return [...named].filter((id) => ids.has(id));
    };
    // Bridges that themselves name an item whose version is open (the engine the user asked for)
    // first, then those naming more of the items: the engine's plugin is the likely missing link.
    const open = new Set(vars.filter((v) => !v.fixed).map((v) => v.key));
    const bridges = matrix.products
      .filter((p) => !named.has(p.id) && linked(p).length >= 2)
      .map((p) => {
        const direct = own(p);
        return { p, open: direct.filter((id) => open.has(id)).length, direct: direct.length, all: linked(p).length };
      })
      .sort((a, b) => b.open - a.open || b.direct - a.direct || b.all - a.all)
      .map((x) => x.p);
    if (bridges.length) {
      unknowns = 0;
      for (const b of bridges) search([...vars, { key: b.id, fixed: false, domain: domainOf(matrix, b) }], [], 0);
    }
  }

  const domestic = (r: CheckResult) => r.components.filter((c) => c.origin && c.origin !== 'CN').length;
  const eol = (r: CheckResult) => r.issues.filter((i) => i.code === 'eol').length;
  const age = (r: CheckResult) =>
    r.components.reduce((n, c) => {
      const rel = matrix.releases(c.id);
      const i = rel.findIndex((x) => x.version === c.version);
      return n + (i < 0 ? 0 : rel.length - 1 - i);
    }, 0);
  const ranked = results
    .filter((r) => options.includeUnknown !== false || r.verdict === 'fits')
    .sort(
      (a, b) =>
        (a.verdict === 'fits' ? 0 : 1) - (b.verdict === 'fits' ? 0 : 1) ||
        (options.prefer === 'domestic' ? domestic(a) - domestic(b) : 0) ||
        weakest(a) - weakest(b) ||
        eol(a) - eol(b) ||
        age(a) - age(b),
    )
    .slice(0, limit)
    .map((r) => ({ ...r, items: r.components.map((c) => (c.version ? `${c.id}@${c.version}` : c.id)) }));
  return { stacks: ranked, explored };
}
