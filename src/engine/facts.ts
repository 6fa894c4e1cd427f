import { internalsOf, type Matrix } from '../data/matrix.ts';
import type { Evidence } from '../schema/constants.ts';
import { satisfies, type Range, type Satisfaction } from '../version/range.ts';
import { cellMarks, compile, mayHold, ruleApplies, type Compiled, type CompiledRule, type CompiledTable, type RowMatch } from './compiled.ts';
import { EVIDENCE_LEVELS } from '../schema/constants.ts';
import { selects } from './selector.ts';
import { memoFor, memoMap2 } from './memo.ts';
import type { ResolvedComponent } from './types.ts';

/*
 * A fact is one statement in the data about a pair of stack items:
 *   requires / conflicts / supports   a rule of `from` naming `to` (or a family `to` belongs to)
 *   closed                            a closed list of `from` for `to`'s kind that does not name `to`
 *   table-requires / table-supports   a vendor table keyed by `from` with a column for `to`
 *   table-row                         a table row listing both (neither is the key)
 *   arch                              `from` lists the CPU architectures it runs on
 * `applies` says whether the statement is about `from`'s version (maybe: no version given);
 * `scope` whether its `when` matches the stack (unknown: the stack does not say).
 */
export type FactKind = 'requires' | 'supports' | 'conflicts' | 'closed' | 'table-requires' | 'table-supports' | 'table-row' | 'arch';

export interface Fact {
  readonly kind: FactKind;
  readonly from: ResolvedComponent;
  readonly to: ResolvedComponent;
  /** What the statement allows (range text, or architectures). */
  readonly allowed: string;
  readonly sat: Satisfaction;
  readonly applies: 'yes' | 'maybe';
  readonly scope: 'yes' | 'unknown';
  readonly evidence: Evidence;
  readonly sources: readonly string[];
  /** Table title or rule note. */
  readonly label?: string;
  /** The statement is the whole list of the other item's layer (its rule is `closed` for it). */
  readonly whole?: true;
  /** Closed lists: the layer the list is closed for and the products it names of that layer. */
  readonly closedFor?: string;
  readonly listed?: readonly string[];
  /** Scopes the stack leaves open when `scope` is unknown. */
  readonly unsettled?: readonly ('arch' | 'workload' | 'accelerator')[];
  /** The release a development build leads to, when `sat` is maybe because of it. */
  readonly devOf?: string;
  /** The statement's own releases, when `applies` is maybe (the item names a series it covers in part). */
  readonly releases?: string;
}

export interface StackContext {
  /** The CPU architecture, when exactly one is possible. */
  readonly arch?: string;
  /** Architectures the stack can still run on (its items' lists intersected), when any item limits them. */
  readonly arches?: readonly string[];
  readonly workload?: 'training' | 'inference';
  /** Accelerators of the stack and the families they belong to. */
  readonly accelerators?: ReadonlySet<string>;
  /** Items of the stack by id: a table row links two non-key items only with its key present. */
  readonly present?: ReadonlyMap<string, ResolvedComponent>;
  /** The scope as one string, when the maker of the context computed it (see scopeKey). */
  readonly key?: string;
}

type When = { arch?: readonly string[] | undefined; workload?: readonly string[] | undefined; accelerator?: readonly string[] | undefined } | undefined;

/**
 * Whether a `when` scope holds: `no` drops the fact, `unknown` keeps it undecided. An architecture
 * scope holds when it covers every architecture the stack can still run on, and is out when it
 * covers none of them; an accelerator scope holds when the stack has one of its accelerators.
 */
export function scopeOf(when: When, ctx: StackContext): 'yes' | 'no' | 'unknown' {
  if (!when) return 'yes';
  let unknown = false;
  if (when.arch) {
    const arch = when.arch;
    if (ctx.arch) {
      if (!arch.includes(ctx.arch)) return 'no';
    } else if (ctx.arches) {
      let inside = 0;
      for (let n = 0; n < ctx.arches.length; n++) if (arch.includes(ctx.arches[n]!)) inside++;
      if (inside === 0) return 'no';
      if (inside < ctx.arches.length) unknown = true;
    } else unknown = true;
  }
  if (when.workload) {
    if (!ctx.workload) unknown = true;
    else if (!when.workload.includes(ctx.workload)) return 'no';
  }
  if (when.accelerator) {
    const acc = ctx.accelerators;
    if (!acc?.size) unknown = true;
    else {
      let named = false;
      for (let n = 0; n < when.accelerator.length && !named; n++) named = acc.has(when.accelerator[n]!);
      if (!named) return 'no';
    }
  }
  return unknown ? 'unknown' : 'yes';
}

/** Which parts of a scope the stack leaves open (for the reason of an undecided pair). */
export function unsettledScopes(when: When, ctx: StackContext): ('arch' | 'workload' | 'accelerator')[] {
  const out: ('arch' | 'workload' | 'accelerator')[] = [];
  if (when?.arch && !ctx.arch && (!ctx.arches || !ctx.arches.every((a) => when.arch!.includes(a)))) out.push('arch');
  if (when?.workload && !ctx.workload) out.push('workload');
  if (when?.accelerator && !ctx.accelerators?.size) out.push('accelerator');
  return out;
}

/**
 * Whether a range holds for a stack item. A point release the data reads as its release
 * (`ubuntu@18.04.3`) is in a range that names it or its release; a range naming only other point
 * releases of that release (`18.04.1 || 18.04.5`) leaves it undecided, as it would the release:
 * the data does not tell point releases of one release apart.
 */
export function satisfiesItem(range: Range, item: Pick<ResolvedComponent, 'parsed' | 'within'>): Satisfaction {
  const s = satisfies(range, item.parsed);
  if (s !== 'no' || !item.within) return s;
  return satisfies(range, item.within) === 'no' ? 'no' : 'maybe';
}

function ruleFacts(matrix: Matrix, from: ResolvedComponent, to: ResolvedComponent, ctx: StackContext, out: Fact[]): void {
  const all = compile(matrix).byTarget.get(from.id)?.get(to.id);
  if (!all) return;
  const named = mayHold(matrix, from.id, all, from);
  for (let n = 0; n < named.length; n++) {
    const cr = named[n]![0];
    const t = named[n]![1];
    // Scope and release first: they are settled without parsing the target's range.
    const scope = scopeOf(cr.rule.when, ctx);
    if (scope === 'no') continue;
    const applies = ruleApplies(matrix, cr, from.parsed, from.release);
    if (applies === 'no' || !t.range) continue;
    const sat = satisfiesItem(t.range, to);
    const f: Draft = { kind: t.relation, from, to, allowed: t.text, sat, applies, scope, evidence: cr.rule.evidence, sources: cr.rule.sources };
    if (cr.rule.note) f.label = cr.rule.note;
    if (closedFor(cr.rule, to)) f.whole = true;
    if (scope === 'unknown') f.unsettled = unsettledScopes(cr.rule.when, ctx);
    if (sat === 'maybe' && to.parsed?.devOf) f.devOf = devRelease(to);
    if (applies === 'maybe' && cr.rule.releases) f.releases = cr.rule.releases;
    out.push(f);
  }
}

/** A fact while it is made: optional fields are set only when they apply (no spreads on this path). */
type Draft = { -readonly [K in keyof Fact]: Fact[K] };

/** `2.5.1` for a development build `2.5.1.dev20250218`. */
function devRelease(c: ResolvedComponent): string {
  const text = c.parsed?.text ?? '';
  const at = text.search(/\.?dev/);
  return at > 0 ? text.slice(0, at) : text;
}

/** The layer of `to` a rule says its list is the whole of (`closed`), if it says so. */
function closedFor(rule: CompiledRule['rule'], to: ResolvedComponent): string | undefined {
  return rule.closed?.find((sel) => selects(sel, to.product));
}

/**
 * Closed lists. When rules of `from` that apply to its version say their list of `to`'s kind is
 * the whole list, and no rule of `from` names `to` (or a family of it) and no table of `from`
 * has a column for it, the pair conflicts, citing the lists. Several closed rules that apply are
 * united. Without a version of `from`, the lists decide only when they cover every release.
 */
const closedMemo = new WeakMap<Compiled, Map<string, ReadonlyMap<CompiledRule, string>>>();

/**
 * The closed rules of a product that close the layer of `to`, each with the layer it closes (in
 * rule order). It depends only on the product and `to`'s kind and role, so it is worked out once
 * per layer rather than for every pair a solve looks at.
 */
function closedRulesFor(matrix: Matrix, compiled: Compiled, from: string, list: readonly CompiledRule[], to: ResolvedComponent): ReadonlyMap<CompiledRule, string> {
  let memo = closedMemo.get(compiled);
  if (!memo) closedMemo.set(compiled, (memo = new Map()));
  const key = `${from}\u0000${to.kind}\u0000${to.role ?? ''}\u0000${to.product.kind}\u0000${to.product.role ?? ''}`;
  let hit = memo.get(key);
  if (!hit) {
    const closing = new Map<CompiledRule, string>();
    for (const cr of list) {
      const layer = closedFor(cr.rule, to) ?? (cr.rule.only?.some((id) => isSameLayer(matrix, id, to)) ? layerOf(to) : undefined);
      if (layer) closing.set(cr, layer);
    }
    memo.set(key, (hit = closing));
  }
  return hit;
}

function closedFacts(matrix: Matrix, from: ResolvedComponent, to: ResolvedComponent, ctx: StackContext, out: Fact[]): void {
  const compiled = compile(matrix);
  const list = compiled.closed.get(from.id);
  if (!list) return;
  const toNames = [to.id, ...(compiled.familiesOf.get(to.id) ?? [])];
  const closing = closedRulesFor(matrix, compiled, from.id, list, to);
  const layer = (cr: CompiledRule) => closing.get(cr);
  let applicable = [...closing.keys()].filter((cr) => scopeOf(cr.rule.when, ctx) !== 'no');
  if (!applicable.length) return;
  if (from.parsed) {
    applicable = applicable.filter((cr) => ruleApplies(matrix, cr, from.parsed, from.release) === 'yes');
  } else {
    const releases = matrix.parsedReleases(from.id);
    const covered = releases.length > 0 && releases.every((r) => applicable.some((cr) => ruleApplies(matrix, cr, r.version, r.release) === 'yes'));
    if (!covered && from.product.releases?.length) return;
  }
  if (!applicable.length) return;
  const named = compiled.byTarget.get(from.id)?.get(to.id) ?? [];
  const namesIt = named.some(([cr, t]) => t.relation !== 'conflicts' && scopeOf(cr.rule.when, ctx) !== 'no' && (!from.parsed || ruleApplies(matrix, cr, from.parsed, from.release) !== 'no'));
  const onlyNames = applicable.some((cr) => cr.rule.only?.some((id) => toNames.includes(id)));
  if (namesIt || onlyNames || tablesWith(compiled, matrix, from.id, to.id).length) return;
  const selector = layer(applicable[0]!)!;
  const listed = [
    ...new Set(
      applicable.flatMap((cr) => [
        ...cr.targets.filter((t) => t.relation !== 'conflicts' && isOfLayer(matrix, t.id, selector)).map((t) => t.id),
        ...(cr.rule.only ?? []).filter((id) => isOfLayer(matrix, id, selector)),
      ]),
    ),
  ];
  const scope = applicable.every((cr) => scopeOf(cr.rule.when, ctx) === 'yes') ? 'yes' : 'unknown';
  const strongest = [...applicable].sort((x, y) => EVIDENCE_LEVELS.indexOf(x.rule.evidence) - EVIDENCE_LEVELS.indexOf(y.rule.evidence))[0]!;
  out.push({
    kind: 'closed',
    from,
    to,
    allowed: listed.join(', '),
    sat: 'no',
    applies: 'yes',
    scope,
    evidence: strongest.rule.evidence,
    sources: [...new Set(applicable.flatMap((cr) => cr.rule.sources))],
    ...(strongest.rule.note ? { label: strongest.rule.note } : {}),
    closedFor: selector,
    listed,
    ...(scope === 'unknown' ? { unsettled: [...new Set(applicable.flatMap((cr) => unsettledScopes(cr.rule.when, ctx)))] } : {}),
  });
}

/** `kind` or `kind/role` of an item, as a closed list names its layer. */
function layerOf(c: ResolvedComponent): string {
  return c.role ? `${c.kind}/${c.role}` : c.kind;
}

/** Whether a product named by an `only` list is of the same layer as an item. */
function isSameLayer(matrix: Matrix, id: string, c: ResolvedComponent): boolean {
  const p = internalsOf(matrix).products.get(id);
  return Boolean(p) && p!.kind === c.kind && (c.kind !== 'framework' || p!.role === c.role);
}

function isOfLayer(matrix: Matrix, id: string, selector: string): boolean {
  const p = internalsOf(matrix).products.get(id);
  return Boolean(p) && selects(selector, p!);
}

/**
 * Rows whose cell in a column admits an item's version, memoized per table, column and version:
 * from the build's marks when they answer for the item, else by asking each cell's range.
 */
function rowsFor(matrix: Matrix, ct: CompiledTable, col: number, item: ResolvedComponent): RowMatch {
  const memo = `${col}|${item.parsed ? (item.parsed.upper ? `~${item.parsed.text}` : item.parsed.text) : ''}`;
  const hit = ct.keyRows.get(memo);
  if (hit) return hit;
  const yes: number[] = [];
  const maybe: number[] = [];
  const marks = cellMarks(matrix, ct, col, item);
  const cells = marks === undefined ? ct.column(col) : undefined;
  const rows = marks?.length ?? cells!.length;
  const status = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    let s: Satisfaction | undefined;
    if (marks !== undefined) s = marks[r] === 'y' ? 'yes' : marks[r] === 'm' ? 'maybe' : 'no';
    else s = cells![r] ? satisfiesItem(cells![r]!, item) : undefined;
    if (s === 'yes') {
      yes.push(r);
      status[r] = 1;
    } else if (s === 'maybe') {
      maybe.push(r);
      status[r] = 2;
    }
  }
  const out = { yes, maybe, status };
  if (ct.keyRows.size < 5000) ct.keyRows.set(memo, out);
  return out;
}

/** The cells of a column in the given rows, joined with ||, memoized per key version. */
function allowedText(ct: CompiledTable, io: number, key: ResolvedComponent, rows: readonly number[]): string {
  const memo = `allowed|${io}|${key.parsed?.text ?? ''}|${key.parsed?.upper ? '~' : ''}`;
  const hit = ct.allowed.get(memo);
  if (hit !== undefined) return hit;
  const text = [...new Set(rows.map((r) => ct.table.rows[r]![io]!))].join(' || ');
  if (ct.allowed.size < 5000) ct.allowed.set(memo, text);
  return text;
}

/** The pages the given rows were copied from, when the table names them per row; else the table's sources. */
export function rowSources(ct: CompiledTable, rows: readonly number[]): readonly string[] {
  if (ct.sourceColumn < 0 || !rows.length) return ct.table.sources;
  const out = [...new Set(rows.map((r) => ct.table.rows[r]![ct.sourceColumn]).filter((x): x is string => typeof x === 'string'))];
  return out.length ? out : ct.table.sources;
}

type TableColumns = readonly { ct: CompiledTable; ia: number; ib: number }[];

/** Vendor tables with a column for both products, with the column indexes (memoized). */
function tablesWith(compiled: Compiled, matrix: Matrix, a: string, b: string): TableColumns {
  const memo = memoMap2<TableColumns>(matrix, 'tables-with');
  let byB = memo.get(a);
  if (!byB) memo.set(a, (byB = new Map()));
  let hit = byB.get(b);
  if (!hit) {
    hit = (internalsOf(matrix).tablesByProduct.get(a) ?? []).flatMap((t) => {
      const ct = compiled.tables.get(t.id)!;
      const ia = ct.products.indexOf(a);
      const ib = ct.products.indexOf(b);
      return ia < 0 || ib < 0 ? [] : [{ ct, ia, ib }];
    });
    byB.set(b, hit);
  }
  return hit;
}

/**
 * Key products of the tables in which two products share a row without either being the key: a
 * row links them only when the stack has the key at a version the row names.
 */
export function tableKeysFor(matrix: Matrix, a: string, b: string): readonly string[] {
  const compiled = compile(matrix);
  const memo = memoMap2<readonly string[]>(matrix, 'table-keys');
  let byB = memo.get(a);
  if (!byB) memo.set(a, (byB = new Map()));
  let hit = byB.get(b);
  if (!hit) {
    hit = [...new Set(tablesWith(compiled, matrix, a, b).flatMap(({ ct, ia, ib }) => (ia !== 0 && ib !== 0 && ct.products[0] ? [ct.products[0]] : [])))];
    byB.set(b, hit);
  }
  return hit;
}

function tableFacts(matrix: Matrix, a: ResolvedComponent, b: ResolvedComponent, ctx: StackContext, out: Fact[]): void {
  const tables = tablesWith(compile(matrix), matrix, a.id, b.id);
  for (let n = 0; n < tables.length; n++) {
    const { ct, ia, ib } = tables[n]!;
    const t = ct.table;
    const scope = scopeOf(t.when, ctx);
    if (scope === 'no') continue;
    const unsettled = scope === 'unknown' ? unsettledScopes(t.when, ctx) : undefined;
    if (ia === 0 || ib === 0) {
      const key = ia === 0 ? a : b;
      const other = ia === 0 ? b : a;
      const io = ia === 0 ? ib : ia;
      const found = rowsFor(matrix, ct, 0, key);
      const tableRows = ct.table.rows;
      // Rows whose key cell admits the key item (else those that may) and that have a cell for the other.
      let applies = false;
      for (let r = 0; r < found.yes.length && !applies; r++) applies = tableRows[found.yes[r]!]![io] != null;
      const candidates = applies ? found.yes : found.maybe;
      const rows: number[] = [];
      for (let r = 0; r < candidates.length; r++) if (tableRows[candidates[r]!]![io] != null) rows.push(candidates[r]!);
      if (!rows.length) continue;
      const ro = rowsFor(matrix, ct, io, other);
      const hits: number[] = [];
      let maybeHit = false;
      for (let r = 0; r < rows.length; r++) {
        const st = ro.status[rows[r]!];
        if (st === 1) hits.push(rows[r]!);
        else if (st === 2) maybeHit = true;
      }
      const sat = hits.length ? 'yes' : maybeHit ? 'maybe' : 'no';
      const allowed = allowedText(ct, io, key, rows);
      const kind = ct.relations[io] === 'requires' ? 'table-requires' : 'table-supports';
      const f: Draft = { kind, from: key, to: other, allowed, sat, applies: applies ? 'yes' : 'maybe', scope, evidence: ct.evidence, sources: rowSources(ct, hits.length ? hits : rows), label: t.title };
      if (unsettled) f.unsettled = unsettled;
      if (sat === 'maybe' && other.parsed?.devOf) f.devOf = devRelease(other);
      out.push(f);
    } else {
      // A row says these releases work together: two non-key items are linked by it only when
      // the stack also has the table's key product at a version the row names.
      const keyId = ct.products[0];
      const keyItem = keyId ? ctx.present?.get(keyId) : undefined;
      if (keyId && !keyItem) continue;
      const keyYes = keyItem ? rowsFor(matrix, ct, 0, keyItem).status : undefined;
      const keyRows = keyYes ? { has: (r: number) => keyYes[r] === 1 } : undefined;
      const ra = rowsFor(matrix, ct, ia, a);
      const rb = rowsFor(matrix, ct, ib, b);
      const inKey = (r: number) => !keyRows || keyRows.has(r);
      const bothRows = ra.yes.filter((r) => rb.status[r] === 1 && inKey(r));
      const both = bothRows.length > 0;
      const inB = (r: number) => rb.status[r] !== 0 && inKey(r);
      const maybe = both || ra.yes.some(inB) || ra.maybe.some(inB);
      if (!both && !maybe) continue;
      const f: Draft = { kind: 'table-row', from: a, to: b, allowed: '', sat: both ? 'yes' : 'maybe', applies: 'yes', scope, evidence: ct.evidence, sources: rowSources(ct, bothRows), label: t.title };
      if (unsettled) f.unsettled = unsettled;
      out.push(f);
    }
  }
}

function archFacts(from: ResolvedComponent, cpu: ResolvedComponent, out: Fact[]): void {
  const own = from.product.arch;
  const cpuArches = cpu.product.arch;
  if (!own || !cpuArches?.length) return;
  // A CPU runs one architecture; a CPU record listing several (a family across ISAs) decides only when all agree.
  const inside = cpuArches.filter((a) => own.includes(a)).length;
  out.push({
    kind: 'arch',
    from,
    to: cpu,
    allowed: own.join(', '),
    sat: inside === cpuArches.length ? 'yes' : inside === 0 ? 'no' : 'maybe',
    applies: 'yes',
    scope: 'yes',
    evidence: 'vendor',
    sources: from.product.sources,
  });
}

/** Every fact the data holds about a pair of stack items, in both directions. */
export function pairFacts(matrix: Matrix, a: ResolvedComponent, b: ResolvedComponent, ctx: StackContext): Fact[] {
  const out: Fact[] = [];
  const mentions = compile(matrix).mentions.get(a.id);
  if (mentions?.has(b.id)) {
    ruleFacts(matrix, a, b, ctx, out);
    ruleFacts(matrix, b, a, ctx, out);
    tableFacts(matrix, a, b, ctx, out);
  }
  closedFacts(matrix, a, b, ctx, out);
  closedFacts(matrix, b, a, ctx, out);
  if (b.kind === 'cpu' && a.kind !== 'cpu') archFacts(a, b, out);
  if (a.kind === 'cpu' && b.kind !== 'cpu') archFacts(b, a, out);
  return out;
}

const scopeKeys = new WeakMap<StackContext, string>();

/** What of a context a scope can depend on, as one short string (made once per context). */
export function scopeKey(ctx: StackContext): string {
  if (ctx.key !== undefined) return ctx.key;
  let key = scopeKeys.get(ctx);
  if (key === undefined) {
    key = `${ctx.arches?.join(',') ?? ctx.arch ?? ''}\u0000${ctx.workload ?? ''}\u0000${ctx.accelerators ? [...ctx.accelerators].sort().join(',') : ''}`;
    scopeKeys.set(ctx, key);
  }
  return key;
}

/** An item as the engine sees it: product, version and whether the version names a series. */
export function componentKey(c: ResolvedComponent): string {
  return c.parsed ? `${c.id}@${c.parsed.text}${c.parsed.upper ? '~' : ''}` : c.id;
}

export interface Requirement {
  readonly id: string;
  readonly allowed: string;
  readonly evidence: Evidence;
  readonly sources: readonly string[];
  readonly label?: string;
}

/** Facts of one item that name products, for requirements (whether or not the target is in the stack); memoized. */
export function requirementsOf(matrix: Matrix, from: ResolvedComponent, ctx: StackContext): readonly Requirement[] {
  const memo = memoFor<readonly Requirement[]>(matrix, 'requirements');
  const key = `${componentKey(from)}\u0000${scopeKey(ctx)}`;
  // Frozen shallowly: the sources arrays belong to the records.
  return memo.get(key) ?? memo.set(key, Object.freeze(collectRequirements(matrix, from, ctx).map((r) => Object.freeze(r))));
}

const requiring = new WeakMap<readonly CompiledRule[], readonly (readonly [CompiledRule])[]>();

/**
 * The rules of a list that require something, as a list of their own (one per list): most rules
 * only say what a release supports, and a fix or solve asks for the requirements of every release.
 */
function requiringRules(rules: readonly CompiledRule[]): readonly (readonly [CompiledRule])[] {
  let hit = requiring.get(rules);
  if (!hit) requiring.set(rules, (hit = rules.filter((cr) => cr.rule.requires).map((cr) => [cr] as const)));
  return hit;
}

function collectRequirements(matrix: Matrix, from: ResolvedComponent, ctx: StackContext): Requirement[] {
  const out: Requirement[] = [];
  const compiled = compile(matrix);
  const rules = compiled.rules.get(from.id);
  for (const [cr] of rules ? mayHold(matrix, from.id, requiringRules(rules), from) : []) {
    if (scopeOf(cr.rule.when, ctx) !== 'yes') continue;
    if (ruleApplies(matrix, cr, from.parsed, from.release) !== 'yes') continue;
    for (const t of cr.targets) if (t.relation === 'requires') out.push({ id: t.id, allowed: t.text, evidence: cr.rule.evidence, sources: cr.rule.sources });
  }
  for (const t of internalsOf(matrix).tablesByProduct.get(from.id) ?? []) {
    const ct = compiled.tables.get(t.id)!;
    if (ct.products[0] !== from.id || !ct.relations.includes('requires') || scopeOf(t.when, ctx) !== 'yes') continue;
    const rows = rowsFor(matrix, ct, 0, from).yes;
    if (!rows.length) continue;
    ct.relations.forEach((rel, i) => {
      if (rel !== 'requires') return;
      const cells = [...new Set(rows.map((r) => t.rows[r]![i]).filter((c): c is string => c !== null && c !== undefined))];
      if (cells.length) out.push({ id: ct.products[i]!, allowed: cells.join(' || '), evidence: ct.evidence, sources: rowSources(ct, rows), label: t.title });
    });
  }
  return out;
}
