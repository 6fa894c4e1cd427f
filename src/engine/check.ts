import { internalsOf, type Matrix } from '../data/matrix.ts';
import { selects } from './selector.ts';
import { sealDeep } from '../data/deep-freeze.ts';
import { StackfitError } from '../errors.ts';
import { ARCHES } from '../schema/constants.ts';
import { compareKeys } from '../version/key.ts';
import { satisfies } from '../version/range.ts';
import { compile } from './compiled.ts';
import { bare, evaluatePair, pairStatus, ref, refOf, type PairVerdict } from './evaluate-pair.ts';
import { componentKey, pairFacts, requirementsOf, satisfiesItem, scopeKey, tableKeysFor, type StackContext } from './facts.ts';
import { localizeCheck } from './localize.ts';
import { pairMemoFor } from './memo.ts';
import { assertMatrix, readOptions, type ReadOptions } from './options.ts';
import { assertItems, parseStack, setMembers, type ParsedStack } from './parse-stack.ts';
import { cachedRange } from './range-cache.ts';
import type { Reason, Ref, VersionSetRef } from './reasons.ts';
import type { VersionSet } from '../schema/product.ts';
import { policyFor } from './relevant-pairs.ts';
import type { CheckIssueCode, CheckOptions, CheckResult, Component, PairStatus, ResolvedComponent, Verdict } from './types.ts';
import type { Evidence } from '../schema/constants.ts';
import { EVIDENCE_LEVELS } from '../schema/constants.ts';

/*
 * check decides a stack in five steps, each a function below:
 *   1. context     the architectures the stack can run on (its items' lists intersected), its
 *                  accelerators (and their families), its workload;
 *   2. pairs       every pair of items through the one pair evaluation (evaluate-pair.ts), kept
 *                  when the relevant-pairs policy asks for it or a fact binds it; a pair whose
 *                  facts hold only on some architectures is decided per architecture; a policy
 *                  pair with no direct evidence may be met through a mediating item (pairs.yaml `via`);
 *   3. links       items no pair speaks about, and a stack of one item, are unknown;
 *   4. missing     requirements whose product is absent: a chain through absent products that
 *                  ends at a present item at another version is a conflict, else unknown;
 *   5. lifecycle   end of life on the query date, versions the data does not list.
 * Verdict: conflict if any pair or issue conflicts, fits if every relevant pair is supported and
 * every requirement met, else unknown. The result is data (reasons with codes); `localize`
 * renders the sentences.
 */

/** An evaluated pair, before rendering. */
export interface PairEval {
  readonly a: string;
  readonly b: string;
  readonly status: PairStatus;
  readonly evidence?: Evidence;
  readonly sources: readonly string[];
  readonly why: Reason;
  readonly via?: string;
  /**
   * The statements that support the pair, each with its sources (not part of the result: what rests
   * on which page, for measuring the data against stacks it was read from). Copied, not the facts
   * themselves: an evaluation is frozen all the way down, and a fact leads to whole product records.
   */
  readonly statements?: readonly { readonly sources: readonly string[] }[];
}

/** An issue, before rendering. */
export interface IssueEval {
  readonly code: CheckIssueCode;
  readonly severity: 'error' | 'warning';
  readonly components: readonly string[];
  readonly sources?: readonly string[];
  readonly why: Reason;
}

/** A check before rendering: what `localizeCheck` turns into a CheckResult (pairs and issues as reasons, no fixes yet). */
export interface Evaluation extends Omit<CheckResult, 'pairs' | 'issues' | 'fixes'> {
  readonly pairs: readonly PairEval[];
  readonly issues: readonly IssueEval[];
}

const publicComponents = new WeakMap<ResolvedComponent, Component>();

/** A stack item without its internal links (product record, parsed version), made once per item. */
export function publicComponent(c: ResolvedComponent): Component {
  let hit = publicComponents.get(c);
  if (!hit) {
    const { product: _p, parsed: _v, release: _r, versionSet: _s, range: _g, ...rest } = c;
    hit = Object.freeze(rest);
    publicComponents.set(c, hit);
  }
  return hit;
}

/** Longest chain of missing layers followed to explain a conflict. */
const MAX_CHAIN = 3;
/** Most architectures a pair is decided on one by one. */
const MAX_ARCH_SPLIT = ARCHES.length;

/** The names of a product id for reasons (closed lists name products the stack does not have). */
export function namer(matrix: Matrix): (id: string) => Ref {
  return (id) => {
    const p = internalsOf(matrix).products.get(id);
    return p ? bare(p) : { id, name: { en: id, zh: id } };
  };
}

// ---------------------------------------------------------------- 1. context

interface ArchConstraint {
  readonly ref: Ref;
  readonly arches: readonly string[];
  readonly sources: readonly string[];
  readonly cpu: boolean;
  readonly item: boolean;
}

/**
 * The architectures every item can run on, and the first two items that share none. A CPU and an
 * architecture item each name one; products list theirs in `arch`.
 */
function archesOf(stack: ParsedStack): { arches?: readonly string[]; clash?: readonly [ArchConstraint, ArchConstraint] } {
  // The common case first, without building the constraints: every list agrees on something.
  const given = stack.arches ?? (stack.arch ? [stack.arch] : []);
  let possible: readonly string[] | undefined = given.length ? given : undefined;
  if (given.length <= 1) {
    for (const c of stack.components) {
      const own = c.product.arch;
      if (!own?.length) continue;
      possible = possible ? possible.filter((a) => own.includes(a as never)) : own;
      if (!possible.length) break;
    }
    if (!possible) return {};
    if (possible.length) return { arches: possible === given ? possible : ARCHES.filter((a) => possible!.includes(a)) };
  }
  return archClash(stack);
}

function archClash(stack: ParsedStack): { arches?: readonly string[]; clash?: readonly [ArchConstraint, ArchConstraint] } {
  const constraints: ArchConstraint[] = [
    ...(stack.arches ?? (stack.arch ? [stack.arch] : [])).map((a) => ({ ref: { id: a, name: { en: a, zh: a } }, arches: [a], sources: [] as readonly string[], cpu: false, item: true })),
    ...stack.components.filter((c) => c.product.arch?.length).map((c) => ({ ref: refOf(c), arches: c.product.arch!, sources: c.product.sources, cpu: c.kind === 'cpu', item: false })),
  ];
  if (!constraints.length) return {};
  let possible: readonly string[] = ARCHES;
  for (let i = 0; i < constraints.length; i++) {
    const c = constraints[i]!;
    const next = possible.filter((a) => c.arches.includes(a));
    if (!next.length) {
      const other = constraints.slice(0, i).find((o) => !o.arches.some((a) => c.arches.includes(a))) ?? constraints[0]!;
      return { arches: [], clash: [other, c] };
    }
    possible = next;
  }
  return { arches: possible };
}

interface AcceleratorScope {
  readonly ids: ReadonlySet<string>;
  readonly key: string;
}

const acceleratorScopes = new WeakMap<ResolvedComponent, AcceleratorScope>();

/** An accelerator and the families it belongs to, as a scope set and its key (made once per item). */
function acceleratorScope(matrix: Matrix, c: ResolvedComponent): AcceleratorScope {
  let hit = acceleratorScopes.get(c);
  if (!hit) {
    const ids = [c.id, ...(compile(matrix).familiesOf.get(c.id) ?? [])].sort();
    hit = { ids: new Set(ids), key: ids.join(',') };
    acceleratorScopes.set(c, hit);
  }
  return hit;
}

function contextOf(matrix: Matrix, stack: ParsedStack, opts: ReadOptions, arches: readonly string[] | undefined): StackContext {
  const workload = opts.workload ?? stack.workload;
  const present = new Map<string, ResolvedComponent>();
  let scope: AcceleratorScope | undefined;
  let many: Set<string> | undefined;
  for (const c of stack.components) {
    present.set(c.id, c);
    if (c.kind !== 'accelerator') continue;
    const own = acceleratorScope(matrix, c);
    if (!scope) scope = own;
    else {
      many ??= new Set(scope.ids);
      for (const id of own.ids) many.add(id);
    }
  }
  const accelerators = many ?? scope?.ids;
  const accKey = many ? [...many].sort().join(',') : (scope?.key ?? '');
  const ctx: { -readonly [K in keyof StackContext]: StackContext[K] } = { present, key: `${arches ? arches.join(',') : ''}\u0000${workload ?? ''}\u0000${accKey}` };
  if (arches?.length) {
    ctx.arches = arches;
    if (arches.length === 1) ctx.arch = arches[0]!;
  }
  if (workload) ctx.workload = workload;
  if (accelerators) ctx.accelerators = accelerators;
  return ctx;
}

// ---------------------------------------------------------------- 2. pairs

/** What one pair contributes to a check: its result and, unless supported, its issue. */
interface PairOutcome {
  readonly pair: PairEval;
  readonly issue?: IssueEval;
  /** Layers that may mediate the pair when it has no direct evidence (pairs.yaml `via`). */
  readonly via?: readonly string[];
  /**
   * A pair nothing asks to be evidenced (no policy entry, no binding fact) whose statements do not
   * settle these versions: it does not make the stack unknown, but when it is all the data says of
   * an item, it is the reason that item is not linked (CANN 7.0.RC1 lists Python 3.7 to 3.10.12,
   * not 3.11.2), which is more than "nothing links it".
   */
  readonly optional?: true;
}

const ISSUE_OF = { conflicts: 'known-conflict', arch: 'arch-mismatch', closed: 'not-listed' } as const;

/** The weakest of several evidence levels; none given counts as weaker than any. */
function weakestOf(levels: readonly (Evidence | undefined)[]): Evidence | undefined {
  const rank = (e: Evidence | undefined) => (e ? EVIDENCE_LEVELS.indexOf(e) : EVIDENCE_LEVELS.length);
  let out = levels[0];
  for (const e of levels) if (rank(e) > rank(out)) out = e;
  return out;
}

function outcome(matrix: Matrix, a: ResolvedComponent, b: ResolvedComponent, ctx: StackContext): PairOutcome | null {
  const rule = policyFor(internalsOf(matrix).dataset.pairs, a, b);
  const policy = rule !== undefined;
  const facts = pairFacts(matrix, a, b, ctx);
  if (!policy && !facts.length) return null;
  let v = evaluatePair(a, b, facts, namer(matrix));
  // Facts that hold only on some of the architectures the stack can run on: decide per architecture.
  if (v.status === 'unknown' && !ctx.arch && ctx.arches && ctx.arches.length > 1 && ctx.arches.length <= MAX_ARCH_SPLIT && facts.some((f) => f.unsettled?.includes('arch'))) {
    const { key: _key, ...rest } = ctx;
    const per = ctx.arches.map((arch) => {
      const one: StackContext = { ...rest, arch, arches: [arch] };
      return { arch, v: evaluatePair(a, b, pairFacts(matrix, a, b, one), namer(matrix)) };
    });
    const statuses = new Set(per.map((p) => p.v.status));
    if (statuses.size === 1 && !statuses.has('unknown')) {
      const first = per[0]!.v;
      const weakest = weakestOf(per.map((p) => p.v.evidence));
      v = { ...first, ...(weakest ? { evidence: weakest } : {}), sources: [...new Set(per.flatMap((p) => p.v.sources))] };
    } else if (statuses.size > 1) {
      v = { ...v, reason: { code: 'depends-on-arch', a: refOf(a), b: refOf(b), byArch: per.map((p) => ({ arch: p.arch, status: p.v.status })) } };
    } else if (new Set(per.map((p) => p.v.reason.code)).size === 1) {
      // Unknown on every architecture for the same reason: naming one would not decide it, so say that reason.
      v = { ...per[0]!.v, sources: [...new Set(per.flatMap((p) => p.v.sources))] };
    }
  }
  if (v.status === 'unknown') v = everyMember(matrix, a, b, ctx) ?? v;
  const pair: PairEval = { a: ref(a), b: ref(b), status: v.status, ...(v.evidence ? { evidence: v.evidence } : {}), sources: v.sources, why: v.reason, ...(v.status === 'supported' && v.deciding.length ? { statements: v.deciding.map((f) => ({ sources: f.sources })) } : {}) };
  if (v.status === 'conflict') {
    const top = v.deciding[0];
    const code: CheckIssueCode = top ? ((ISSUE_OF as Record<string, CheckIssueCode>)[top.kind] ?? 'requirement-unmet') : 'requirement-unmet';
    const parts = top ? [ref(top.to), ref(top.from)] : [ref(a), ref(b)];
    const issue: IssueEval = { code, severity: 'error', why: v.reason, components: parts, sources: v.sources };
    return Object.freeze({ pair, issue });
  }
  if (v.status === 'unknown') {
    const issue: IssueEval = { code: 'no-evidence', severity: 'warning', why: v.reason, components: [ref(a), ref(b)], ...(v.sources.length ? { sources: v.sources } : {}) };
    // Nothing asks for this pair (no policy entry, no binding fact): it only explains an unlinked item.
    if (!policy && !v.binding) return Object.freeze({ pair, issue, optional: true });
    const via = !v.binding ? rule?.via : undefined;
    return Object.freeze({ pair, issue, ...(via ? { via } : {}) });
  }
  return Object.freeze({ pair });
}

/**
 * A pair with an item naming a version set the stack did not narrow (`torch_npu@6.0.0` without
 * PyTorch), or given as a range (`cambricon-driver@>=4.20.6`): evaluated with each member (each
 * release in the range the data lists) in its place, it is supported when every member is, at the
 * weakest evidence among them. Otherwise it stays unknown: a range says which of its releases work
 * (`someInRange`); for a set, the item's unknown-version issue lists the members. Even where every
 * member conflicts it is not a conflict: the vendor's other pages pair the product version with
 * releases its list of members lacks (Huawei's ModelZoo runs Ascend Extension for PyTorch 6.0.RC1
 * with PyTorch 2.4.0, for which the 6.0.RC1 release notes list no package).
 */
function everyMember(matrix: Matrix, a: ResolvedComponent, b: ResolvedComponent, ctx: StackContext): PairVerdict | undefined {
  const aMembers = setMembers(matrix, a);
  const bMembers = aMembers ? undefined : setMembers(matrix, b);
  const members = aMembers ?? bMembers;
  if (!members?.length) return undefined;
  const set = aMembers ? a : b;
  const other = aMembers ? b : a;
  // Each member against the other item, and against each of its members when it is a set or a
  // range too (members have no members: one level deep).
  const one = (x: ResolvedComponent, y: ResolvedComponent) => {
    const v = evaluatePair(x, y, pairFacts(matrix, x, y, ctx), namer(matrix));
    return v.status === 'unknown' && setMembers(matrix, y) ? (everyMember(matrix, x, y, ctx) ?? v) : v;
  };
  const per = members.map((m) => (aMembers ? one(m, b) : evaluatePair(a, m, pairFacts(matrix, a, m, ctx), namer(matrix))));
  if (per.some((p) => p.status !== 'supported')) return set.range && !set.versionSet ? someInRange(set, other, members, per) : undefined;
  const weakest = weakestOf(per.map((p) => p.evidence));
  const versionSet = set.versionSet;
  const sources = [...new Set([...(versionSet?.sources ?? []), ...per.flatMap((p) => p.sources)])];
  const byProduct = versionSet ? internalsOf(matrix).products.get(versionSet.by) : undefined;
  return {
    status: 'supported',
    ...(weakest ? { evidence: weakest } : {}),
    sources,
    reason: versionSet
      ? { code: 'every-member', item: refOf(set), other: refOf(other), by: bare({ id: versionSet.by, name: byProduct?.name ?? { en: versionSet.by, zh: versionSet.by } }), members: versionSet.members.map((m) => m.release), sources }
      : { code: 'every-in-range', item: refOf(set), other: refOf(other), members: [...set.range!.releases], sources },
    deciding: per.flatMap((p) => p.deciding),
    binding: per.some((p) => p.binding),
  };
}

/**
 * A pair with an item given as a range that only some of its releases work with: unknown, with
 * which releases in the range work, which do not and which the data says nothing of. Never a
 * conflict, even where every release listed conflicts: the range also holds releases the data does
 * not list yet.
 */
function someInRange(set: ResolvedComponent, other: ResolvedComponent, members: readonly ResolvedComponent[], per: readonly PairVerdict[]): PairVerdict {
  // A member only some releases of the other item (a range too) work with depends on which.
  const mixed = (p: PairVerdict) => p.reason.code === 'some-in-range';
  const versions = (test: (p: PairVerdict) => boolean) => members.filter((_, i) => test(per[i]!)).map((m) => m.version ?? '');
  const sources = [...new Set(per.filter((p) => p.status !== 'unknown' || mixed(p)).flatMap((p) => p.sources))];
  const depends = versions(mixed);
  return {
    status: 'unknown',
    sources,
    reason: {
      code: 'some-in-range',
      item: refOf(set),
      other: refOf(other),
      works: versions((p) => p.status === 'supported'),
      fails: versions((p) => p.status === 'conflict'),
      open: versions((p) => p.status === 'unknown' && !mixed(p)),
      ...(depends.length ? { depends } : {}),
      sources,
    },
    deciding: [],
    binding: per.some((p) => p.binding),
  };
}

/**
 * One pair, memoized per matrix: the outcome depends only on the two items, the scope of the
 * stack (architectures, workload, accelerators) and, for rows of tables keyed by a third
 * product, which version of that product the stack has. No language: reasons are data.
 */
function pairOutcome(matrix: Matrix, a: ResolvedComponent, b: ResolvedComponent, ctx: StackContext): PairOutcome | null {
  const memo = pairMemoFor<PairOutcome | null>(matrix, 'pair');
  let ctxKey = scopeKey(ctx);
  for (const keyId of tableKeysFor(matrix, a.id, b.id)) {
    const k = ctx.present?.get(keyId);
    ctxKey += `\u0000${k ? componentKey(k) : '-'}`;
  }
  const hit = memo.get(a, b, ctxKey);
  if (hit !== undefined) return hit;
  // Frozen all the way down: outcomes are shared by every later answer.
  return memo.set(a, b, ctxKey, sealDeep(outcome(matrix, a, b, ctx)));
}

/**
 * A policy pair without direct evidence, met through an item of a mediating layer that is
 * supported with both ends (pairs.yaml `via`): supported at the weaker of the two links.
 */
function mediate(comps: readonly ResolvedComponent[], i: number, j: number, found: PairOutcome, byPair: (x: number, y: number) => PairOutcome | null): PairEval | undefined {
  const via = found.via;
  if (!via) return undefined;
  const a = comps[i]!;
  const b = comps[j]!;
  for (let m = 0; m < comps.length; m++) {
    if (m === i || m === j) continue;
    const mid = comps[m]!;
    if (!via.some((sel) => selects(sel, mid))) continue;
    const left = byPair(Math.min(i, m), Math.max(i, m));
    const right = byPair(Math.min(j, m), Math.max(j, m));
    if (left?.pair.status !== 'supported' || right?.pair.status !== 'supported') continue;
    const evidence = weakestOf([left.pair.evidence, right.pair.evidence]);
    const sources = [...new Set([...left.pair.sources, ...right.pair.sources])];
    return { a: ref(a), b: ref(b), status: 'supported', ...(evidence ? { evidence } : {}), sources, why: { code: 'mediated', a: refOf(a), b: refOf(b), via: refOf(mid), sources }, via: ref(mid) };
  }
  return undefined;
}


const issueMemo = new WeakMap<object, Map<string, IssueEval>>();

/** An issue about one item, made once per item and key (items are memoized, so answers share them). */
function issueOnce(owner: object, key: string, make: () => IssueEval): IssueEval {
  let m = issueMemo.get(owner);
  if (!m) issueMemo.set(owner, (m = new Map()));
  let hit = m.get(key);
  if (!hit) m.set(key, (hit = sealDeep(make())));
  return hit;
}

// ---------------------------------------------------------------- 4. missing requirements

interface Chain {
  readonly steps: readonly Reason[];
  readonly sources: readonly string[];
  readonly target: ResolvedComponent;
  readonly via: readonly string[];
}

/**
 * A requirement whose product is missing may still be decided through it: when every release of
 * the missing product that the requirement admits requires a version of an item the stack has,
 * and none of those versions is the one given, the stack conflicts. When those releases all
 * require another missing product instead, follow it, up to MAX_CHAIN links, never visiting a
 * product twice. The shortest chain is found first.
 */
function deadEnd(matrix: Matrix, from: Ref, req: { id: string; allowed: string; sources: readonly string[] }, stack: readonly ResolvedComponent[], ctx: StackContext, depth: number, seen: ReadonlySet<string>): Chain | undefined {
  const mid = internalsOf(matrix).products.get(req.id);
  const reqRange = cachedRange(mid?.scheme, req.allowed);
  if (!mid || !reqRange || seen.has(mid.id)) return undefined;
  const vendor = matrix.vendor(mid.vendor);
  const candidates = matrix.parsedReleases(mid.id).flatMap(({ release, version: parsed }) => {
    if (satisfies(reqRange, parsed) !== 'yes') return [];
    const hyp: ResolvedComponent = { input: release.version, id: mid.id, kind: mid.kind, name: mid.name, vendor: mid.vendor, product: mid, version: release.version, parsed, release, ...(mid.role ? { role: mid.role } : {}), ...(vendor?.origin ? { origin: vendor.origin } : {}) };
    return [hyp];
  });
  if (!candidates.length) return undefined;
  const midRef: Ref = candidates.length === 1 ? refOf(candidates[0]!) : bare(mid);
  const first: Reason = { code: 'requires', from, to: bare(mid), allowed: req.allowed, sources: req.sources };
  const reqsOf = candidates.map((hyp) => requirementsOf(matrix, hyp, ctx));
  // One link: every candidate requires a present item at a version other than the one given.
  for (const target of stack) {
    if (!target.parsed || seen.has(target.id)) continue;
    const steps = reqsOf.map((reqs) => reqs.find((r) => r.id === target.id && cachedRange(target.product.scheme, r.allowed) && satisfiesItem(cachedRange(target.product.scheme, r.allowed)!, target) === 'no'));
    if (!steps.every(Boolean)) continue;
    const allowed = [...new Set(steps.map((s) => s!.allowed))].join(' || ');
    const second: Reason = { code: 'requires', from: candidates.length === 1 ? midRef : { ...bare(mid), version: req.allowed }, to: bare(target), allowed, sources: steps[0]!.sources };
    return { steps: [first, second], sources: [...req.sources, ...steps.flatMap((s) => s!.sources)], target, via: [mid.id] };
  }
  if (depth <= 1) return undefined;
  // Longer: every candidate requires the same further product, also missing.
  const present = new Set(stack.map((c) => c.id));
  const next = new Set(reqsOf[0]!.map((r) => r.id).filter((id) => !present.has(id) && !seen.has(id)));
  for (const id of next) {
    const all = reqsOf.map((reqs) => reqs.find((r) => r.id === id));
    if (!all.every(Boolean)) continue;
    const allowed = [...new Set(all.map((r) => r!.allowed))].join(' || ');
    const viaRef: Ref = candidates.length === 1 ? midRef : { ...bare(mid), version: req.allowed };
    const deeper = deadEnd(matrix, viaRef, { id, allowed, sources: all[0]!.sources }, stack, ctx, depth - 1, new Set([...seen, mid.id]));
    if (deeper) return { steps: [first, ...deeper.steps], sources: [...req.sources, ...deeper.sources], target: deeper.target, via: [mid.id, ...deeper.via] };
  }
  return undefined;
}

function missingChain(matrix: Matrix, from: ResolvedComponent, req: { id: string; allowed: string; sources: readonly string[] }, stack: readonly ResolvedComponent[], ctx: StackContext): IssueEval | undefined {
  for (let depth = 1; depth <= MAX_CHAIN; depth++) {
    const chain = deadEnd(matrix, refOf(from), req, stack, ctx, depth, new Set([from.id]));
    if (!chain) continue;
    const sources = [...new Set(chain.sources)];
    return { code: 'requirement-unmet', severity: 'error', why: { code: 'chain', steps: chain.steps, given: refOf(chain.target), sources }, components: [ref(chain.target), ref(from), ...chain.via], sources };
  }
  return undefined;
}

// ---------------------------------------------------------------- 5. lifecycle

/** The releases nearest to a version the data does not list: two below and two above. */
function nearest(matrix: Matrix, c: ResolvedComponent): string[] {
  const releases = matrix.parsedReleases(c.id);
  if (!c.parsed) return [];
  const at = releases.findIndex((r) => compareKeys(r.version.key, c.parsed!.key) > 0);
  const i = at < 0 ? releases.length : at;
  return releases.slice(Math.max(0, i - 2), i + 2).map((r) => r.release.version);
}

// ---------------------------------------------------------------- the check

/**
 * Checks a parsed stack and returns reasons as data (no sentences). See `check`.
 */
export function evaluateStack(matrix: Matrix, stack: ParsedStack, opts: ReadOptions): Evaluation {
  const comps = stack.components;
  const pairs: PairEval[] = [];
  const issues: IssueEval[] = [];
  let conflict = false;
  let unknown = false;

  const { arches, clash } = archesOf(stack);
  const ctx = contextOf(matrix, stack, opts, arches);
  if (clash) {
    const [x, y] = clash;
    // A product against a CPU is a pair of the stack and reported there; the rest is reported here.
    const asPair = !x.item && !y.item && x.cpu !== y.cpu;
    conflict = true;
    if (!asPair) {
      const sources = [...new Set([...x.sources, ...y.sources])];
      const given = x.item ? x : y.item ? y : undefined;
      const other = given === x ? y : x;
      const why: Reason =
        x.item && y.item
          ? { code: 'two-arches', arches: [x.arches[0]!, y.arches[0]!] }
          : given
            ? { code: 'arch-bad', from: other.ref, arches: other.arches, arch: given.arches[0]!, sources: other.sources }
            : { code: 'arch-disjoint', a: x.ref, aArches: x.arches, b: y.ref, bArches: y.arches, sources };
      issues.push({ code: 'arch-mismatch', severity: 'error', why, components: given ? [refText(other.ref)] : [refText(y.ref), refText(x.ref)], ...(sources.length ? { sources } : {}) });
    }
  }

  const n = comps.length;
  const outcomes: (PairOutcome | null | undefined)[] = new Array(n * n);
  const byPair = (i: number, j: number): PairOutcome | null => {
    const k = i * n + j;
    let hit = outcomes[k];
    if (hit === undefined) outcomes[k] = hit = pairOutcome(matrix, comps[i]!, comps[j]!, ctx);
    return hit;
  };
  const linked: boolean[] = new Array(n).fill(false);
  /** Optional pairs (see PairOutcome) per item, in stack order: the reasons an unlinked item is not linked. */
  const optional: PairOutcome[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < comps.length; i++) {
    for (let j = i + 1; j < comps.length; j++) {
      const found = byPair(i, j);
      if (!found) continue;
      if (found.optional) {
        optional[i]!.push(found);
        optional[j]!.push(found);
        continue;
      }
      linked[i] = linked[j] = true;
      const mediated = found.via ? mediate(comps, i, j, found, byPair) : undefined;
      if (mediated) {
        pairs.push(mediated);
        continue;
      }
      pairs.push(found.pair);
      if (found.pair.status === 'conflict') conflict = true;
      else if (found.pair.status === 'unknown') unknown = true;
      if (found.issue) issues.push(found.issue);
    }
  }

  // 3. A stack of several items fits only if each item is linked to the rest by evidence; an item
  // no pair speaks about is unknown, not silently accepted. One item alone has nothing to fit.
  if (comps.length === 1) {
    unknown = true;
    const c = comps[0]!;
    issues.push(issueOnce(c, 'alone', () => ({ code: 'no-evidence', severity: 'warning', why: { code: 'alone', item: refOf(c) }, components: [ref(c)] })));
  } else {
    const shown = new Set<PairOutcome>();
    comps.forEach((c, i) => {
      if (linked[i]) return;
      unknown = true;
      if (!optional[i]!.length) {
        issues.push(issueOnce(c, 'unlinked', () => ({ code: 'no-evidence', severity: 'warning', why: { code: 'unlinked', item: refOf(c) }, components: [ref(c)] })));
        return;
      }
      // What the data does say of the item, though it does not settle these versions.
      for (const o of optional[i]!) {
        if (shown.has(o)) continue;
        shown.add(o);
        pairs.push(o.pair);
        if (o.issue) issues.push(o.issue);
      }
    });
  }

  // 4. Requirements whose product is not in the stack.
  const present = new Set(comps.map((c) => c.id));
  for (const c of comps) {
    const seen = new Set<string>();
    for (const req of requirementsOf(matrix, c, ctx)) {
      if (present.has(req.id) || seen.has(req.id)) continue;
      seen.add(req.id);
      const chain = missingChain(matrix, c, req, comps, ctx);
      if (chain) {
        conflict = true;
        issues.push(chain);
        continue;
      }
      const target = internalsOf(matrix).products.get(req.id);
      if (!target) continue;
      unknown = true;
      const allowed = req.allowed.trim() === '*' ? '' : req.allowed;
      issues.push(issueOnce(req, ref(c), () => ({ code: 'requirement-missing', severity: 'warning', why: { code: 'missing', from: refOf(c), to: bare(target), allowed, sources: req.sources }, components: [ref(c), req.id], sources: req.sources })));
    }
  }

  // 5. Lifecycle and versions the data does not list.
  for (const c of comps) {
    const release = c.release;
    if (release?.eol && release.eol < opts.date) {
      const eol = release.eol;
      issues.push(issueOnce(c, `eol ${opts.date}`, () => ({ code: 'eol', severity: 'warning', why: { code: 'eol', item: refOf(c), eol, date: opts.date, sources: release.sources ?? [] }, components: [ref(c)], ...(release.sources ? { sources: release.sources } : {}) })));
    }
    if (c.parsed && !release && c.product.releases?.length) {
      const r = ref(c);
      const covered = pairs.some((p) => (p.a === r || p.b === r) && p.status !== 'unknown');
      const set = c.versionSet ? versionSetRef(matrix, c.versionSet, comps) : undefined;
      issues.push(issueOnce(c, `unknown-version ${covered} ${set ? (set.given === undefined ? '-' : `=${set.given}`) : ''}`, () => ({ code: 'unknown-version', severity: 'warning', why: { code: 'unknown-version', item: refOf(c), nearest: nearest(matrix, c), covered, ...(set ? { set } : {}) }, components: [r], ...(set ? { sources: set.sources } : {}) })));
    }
  }

  const verdict: Verdict = conflict ? 'conflict' : unknown ? 'unknown' : 'fits';
  const order = { error: 0, warning: 1 } as const;
  issues.sort((x, y) => order[x.severity] - order[y.severity]);
  return {
    verdict,
    ...(ctx.arch ? { arch: ctx.arch } : {}),
    ...(arches ? { arches } : {}),
    date: opts.date,
    components: comps.map(publicComponent),
    pairs,
    issues,
  };
}

function refText(r: Ref): string {
  return r.version ? `${r.id}@${r.version}` : r.id;
}

/**
 * How two items stand as a stack of their own: the pair as check reports it for `[a, b]`, or null
 * when neither the policy nor a binding fact asks for one (check then shows an unsettled pair only
 * as the reason its items are not linked). The matrix uses it, so a cell and a check of its
 * releases always agree.
 */
export function pairAlone(matrix: Matrix, a: ResolvedComponent, b: ResolvedComponent): PairEval | null {
  const stack: ParsedStack = { components: [a, b] };
  const { arches, clash } = archesOf(stack);
  if (clash) return null;
  const ctx = contextOf(matrix, stack, { lang: 'en', date: '1970-01-01' }, arches);
  const o = pairOutcome(matrix, a, b, ctx);
  return o && !o.optional ? o.pair : null;
}

/** The status of one pair of stack items, for search loops (no reasons built). */
export function quickStatus(matrix: Matrix, a: ResolvedComponent, b: ResolvedComponent, ctx: StackContext): PairStatus {
  return pairStatus(pairFacts(matrix, a, b, ctx)).status;
}

/**
 * Checks a parsed stack. See `check`.
 */
export function checkParsed(matrix: Matrix, stack: ParsedStack, options: CheckOptions = {}): CheckResult {
  const opts = readOptions(options);
  return localizeCheck(evaluateFamilies(matrix, stack, opts), opts.lang);
}

/** Most members of a family a stack is checked against one by one. */
const MAX_MEMBERS = 24;

/**
 * A stack that names a family (`phytium`, `鲲鹏`) is checked for every member: when all give one
 * verdict, that is the answer (with a note); otherwise it depends on the model, and says which.
 */
export function evaluateFamilies(matrix: Matrix, stack: ParsedStack, opts: ReadOptions): Evaluation {
  const at = stack.components.findIndex((c) => c.product.family);
  if (at < 0) return evaluateStack(matrix, stack, opts);
  const family = stack.components[at]!;
  const members = (compile(matrix).membersOf.get(family.id) ?? []).slice(0, MAX_MEMBERS).flatMap((id) => {
    const p = internalsOf(matrix).products.get(id);
    return p ? [p] : [];
  });
  const own = evaluateStack(matrix, stack, opts);
  if (!members.length) return own;
  const results = members.map((p) => {
    const vendor = matrix.vendor(p.vendor);
    const member: ResolvedComponent = Object.freeze({ input: p.id, id: p.id, kind: p.kind, name: p.name, vendor: p.vendor, product: p, ...(p.role ? { role: p.role } : {}), ...(vendor?.origin ? { origin: vendor.origin } : {}) });
    const components = stack.components.map((c, i) => (i === at ? member : c));
    return { member: refOf(member), result: evaluateFamilies(matrix, { ...stack, components }, opts) };
  });
  const verdicts = new Set(results.map((r) => r.result.verdict));
  const familyRef = refOf(family);
  if (verdicts.size === 1) {
    const verdict = results[0]!.result.verdict;
    // Every member agrees: that is the answer; the family's own pairs are shown, marked decided.
    const note: IssueEval = { code: 'depends-on-model', severity: 'warning', why: { code: 'every-model', family: familyRef, members: results.map((r) => r.member), verdict }, components: [family.id] };
    const pairs = own.pairs.map((p) => (p.status === 'unknown' && (p.a === family.id || p.b === family.id) ? agreed(p, results, family.id) : p));
    const issues = verdict === own.verdict ? own.issues : own.issues.filter((i) => !(i.code === 'no-evidence' && i.components.includes(family.id)) || verdict !== 'fits');
    return { ...own, verdict, pairs, issues: [...issues.filter((i) => verdict !== 'fits' || i.severity !== 'error'), note] };
  }
  const note: IssueEval = { code: 'depends-on-model', severity: 'warning', why: { code: 'depends-on-model', family: familyRef, byMember: results.map((r) => ({ member: r.member, verdict: r.result.verdict })) }, components: [family.id, ...results.map((r) => r.member.id)] };
  return { ...own, verdict: 'unknown', issues: [...own.issues.filter((i) => i.severity !== 'error'), note] };
}

/** A family pair every member decides the same way: the first member's pair, named for the family. */
function agreed(pair: PairEval, results: readonly { member: Ref; result: Evaluation }[], familyId: string): PairEval {
  const other = pair.a === familyId ? pair.b : pair.a;
  const per = results.map((r) => r.result.pairs.find((p) => (p.a === r.member.id && p.b === other) || (p.b === r.member.id && p.a === other)));
  if (!per.every(Boolean)) return pair;
  const statuses = new Set(per.map((p) => p!.status));
  if (statuses.size !== 1) return pair;
  const first = per[0]!;
  return { ...first, a: pair.a, b: pair.b, sources: [...new Set(per.flatMap((p) => p!.sources))] };
}

/**
 * Does this stack fit together? Items are `name[@version]` (names resolve through ids, aliases and
 * en/zh names), an architecture (`aarch64`) or a workload (`training`). Every relevant pair comes
 * back `supported`, `conflict` or `unknown` with its evidence, sources, reason and the reason as
 * data (`params`). A stack of one item is `unknown`: there is nothing to check it against.
 * Throws a StackfitError only when the stack cannot be read (unknown name, bad version, bad options).
 *
 * @example
 * check(loadMatrix(), ['torch_npu@2.1.0.post10', 'torch@2.3.1']).verdict // 'conflict'
 */
export function check(matrix: Matrix, items: readonly string[], options: CheckOptions = {}): CheckResult {
  assertMatrix(matrix, 'check');
  assertItems(items);
  if (!items.length) throw new StackfitError({ code: 'bad-input', message: 'a stack needs at least one item', hint: 'For example ["ascend-910b", "cann@8.0.0"].' });
  return checkParsed(matrix, parseStack(matrix, items), options);
}

/** A version set the stack did not narrow, as its unknown-version issue names it. */
function versionSetRef(matrix: Matrix, set: VersionSet, comps: readonly ResolvedComponent[]): VersionSetRef {
  const byItem = comps.find((x) => x.id === set.by);
  const byProduct = internalsOf(matrix).products.get(set.by);
  return {
    version: set.version,
    by: bare({ id: set.by, name: byProduct?.name ?? { en: set.by, zh: set.by } }),
    members: set.members.map((m) => ({ release: m.release, with: m.with })),
    ...(byItem ? { given: byItem.version ?? '' } : {}),
    sources: set.sources,
  };
}
