import type { Matrix } from '../data/matrix.ts';
import { SCHEMES } from '../version/schemes/index.ts';
import { satisfies } from '../version/range.ts';
import { cachedRange } from './range-cache.ts';
import { evaluatePair, ref } from './evaluate-pair.ts';
import { componentKey, pairFacts, requirementsOf, tableKeysFor, type StackContext } from './facts.ts';
import { label, MESSAGES } from './messages.ts';
import { parseStack, type ParsedStack } from './parse-stack.ts';
import { deepFreeze } from '../data/deep-freeze.ts';
import { memoFor, pairMemoFor } from './memo.ts';
import { isPolicyPair } from './relevant-pairs.ts';
import type { CheckIssue, CheckOptions, CheckResult, Component, Lang, PairResult, ResolvedComponent, Verdict } from './types.ts';

const today = () => new Date().toISOString().slice(0, 10);

const publicComponents = new WeakMap<ResolvedComponent, Component>();

/** A stack item without its internal links (product record, parsed version), made once per item. */
function publicComponent(c: ResolvedComponent): Component {
  let hit = publicComponents.get(c);
  if (!hit) {
    const { product: _p, parsed: _v, release: _r, ...rest } = c;
    hit = Object.freeze(rest);
    publicComponents.set(c, hit);
  }
  return hit;
}

/** Longest chain of missing layers followed to explain a conflict. */
const MAX_CHAIN = 3;

interface Chain {
  readonly steps: readonly string[];
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
function deadEnd(matrix: Matrix, fromLabel: string, req: { id: string; allowed: string; sources: readonly string[] }, stack: readonly ResolvedComponent[], ctx: StackContext, lang: Lang, depth: number, seen: ReadonlySet<string>): Chain | undefined {
  const mid = matrix.product(req.id);
  const scheme = mid?.scheme ? SCHEMES[mid.scheme] : undefined;
  const reqRange = cachedRange(mid?.scheme, req.allowed);
  if (!mid || !scheme || !reqRange || seen.has(mid.id)) return undefined;
  const candidates = matrix.parsedReleases(mid.id).flatMap(({ release, version: parsed }) => {
    if (satisfies(reqRange, parsed) !== 'yes') return [];
    const hyp: ResolvedComponent = { input: release.version, id: mid.id, kind: mid.kind, name: mid.name, vendor: mid.vendor, product: mid, version: release.version, parsed, release, ...(mid.role ? { role: mid.role } : {}) };
    return [hyp];
  });
  if (!candidates.length) return undefined;
  const midName = { name: mid.name };
  const first = MESSAGES.requires[lang](fromLabel, label(midName, lang), req.allowed, req.sources);
  const via = candidates.length === 1 ? label(candidates[0]!, lang) : label(midName, lang, req.allowed);
  const reqsOf = candidates.map((hyp) => requirementsOf(matrix, hyp, ctx));
  // One link: every candidate requires a present item at a version other than the one given.
  for (const target of stack) {
    if (!target.parsed || seen.has(target.id)) continue;
    const steps = reqsOf.map((reqs) => reqs.find((r) => r.id === target.id && cachedRange(target.product.scheme, r.allowed) && satisfies(cachedRange(target.product.scheme, r.allowed)!, target.parsed) === 'no'));
    if (!steps.every(Boolean)) continue;
    const allowed = [...new Set(steps.map((s) => s!.allowed))].join(' || ');
    const second = MESSAGES.requires[lang](via, label(target, lang, null), allowed, steps[0]!.sources);
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
    const deeper = deadEnd(matrix, via, { id, allowed, sources: all[0]!.sources }, stack, ctx, lang, depth - 1, new Set([...seen, mid.id]));
    if (deeper) return { steps: [first, ...deeper.steps], sources: [...req.sources, ...deeper.sources], target: deeper.target, via: [mid.id, ...deeper.via] };
  }
  return undefined;
}

function missingChain(matrix: Matrix, from: ResolvedComponent, req: { id: string; allowed: string; sources: readonly string[] }, stack: readonly ResolvedComponent[], ctx: StackContext, lang: Lang): CheckIssue | undefined {
  for (let depth = 1; depth <= MAX_CHAIN; depth++) {
    const chain = deadEnd(matrix, label(from, lang), req, stack, ctx, lang, depth, new Set([from.id]));
    if (!chain) continue;
    return {
      code: 'requirement-unmet',
      severity: 'error',
      message: MESSAGES.chain[lang](chain.steps, label(chain.target, lang)),
      components: [ref(chain.target), ref(from), ...chain.via],
      sources: [...new Set(chain.sources)],
    };
  }
  return undefined;
}

/** What one pair contributes to a check: its result and, unless supported, its issue. */
interface PairOutcome {
  readonly pair: PairResult;
  readonly issue?: CheckIssue;
}

const scopeKeys = new WeakMap<StackContext, string>();

/** `arch, workload, language` as one short string, made once per check. */
function scopeKey(ctx: StackContext, lang: Lang): string {
  let key = scopeKeys.get(ctx);
  if (key === undefined) {
    key = `${ctx.arch ?? ''}\u0000${ctx.workload ?? ''}\u0000${lang}`;
    scopeKeys.set(ctx, key);
  }
  return key;
}

/**
 * Evaluates one pair, memoized per matrix: the outcome depends only on the two items, the
 * architecture, the workload, the language and, for rows of tables keyed by a third product,
 * which version of that product the stack has.
 */
function pairOutcome(matrix: Matrix, a: ResolvedComponent, b: ResolvedComponent, ctx: StackContext, lang: Lang): PairOutcome | null {
  const memo = pairMemoFor<PairOutcome | null>(matrix, 'pair');
  let ctxKey = scopeKey(ctx, lang);
  for (const keyId of tableKeysFor(matrix, a.id, b.id)) {
    const k = ctx.present?.get(keyId);
    ctxKey += `\u0000${k ? componentKey(k) : '-'}`;
  }
  const hit = memo.get(a, b, ctxKey);
  if (hit !== undefined) return hit;
  const save = (value: PairOutcome | null) => memo.set(a, b, ctxKey, value);
  const policy = isPolicyPair(matrix.pairs, a, b);
  const facts = pairFacts(matrix, a, b, ctx);
  if (!policy && !facts.length) return save(null);
  const v = evaluatePair(a, b, facts, lang);
  if (!policy && !v.binding && v.status !== 'supported') return save(null);
  const pair: PairResult = { a: ref(a), b: ref(b), status: v.status, ...(v.evidence ? { evidence: v.evidence } : {}), sources: v.sources, reason: v.reason };
  if (v.status === 'conflict') {
    const top = v.deciding[0]!;
    const code = top.kind === 'conflicts' ? 'known-conflict' : top.kind === 'arch' ? 'arch-mismatch' : 'requirement-unmet';
    return save(deepFreeze({ pair, issue: { code, severity: 'error', message: v.reason, components: [ref(top.to), ref(top.from)], sources: v.sources } }));
  }
  if (v.status === 'unknown') {
    return save(deepFreeze({ pair, issue: { code: 'no-evidence', severity: 'warning', message: v.reason, components: [ref(a), ref(b)], ...(v.sources.length ? { sources: v.sources } : {}) } }));
  }
  return save(deepFreeze({ pair }));
}

/**
 * Checks a parsed stack. See `check`.
 */
export function checkParsed(matrix: Matrix, stack: ParsedStack, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? 'en';
  const date = options.date ?? today();
  const comps = stack.components;
  const cpu = comps.find((c) => c.kind === 'cpu' && c.product.arch?.length);
  const arch = stack.arch ?? cpu?.product.arch?.[0];
  const workload = options.workload ?? stack.workload;
  const ctx: StackContext = { ...(arch ? { arch } : {}), ...(workload ? { workload } : {}), present: new Map(comps.map((c) => [c.id, c])) };
  const pairs: PairResult[] = [];
  const issues: CheckIssue[] = [];
  let conflict = false;
  let unknown = false;

  for (let i = 0; i < comps.length; i++) {
    for (let j = i + 1; j < comps.length; j++) {
      const found = pairOutcome(matrix, comps[i]!, comps[j]!, ctx, lang);
      if (!found) continue;
      pairs.push({ ...found.pair });
      if (found.pair.status === 'conflict') conflict = true;
      else if (found.pair.status === 'unknown') unknown = true;
      if (found.issue) issues.push({ ...found.issue });
    }
  }

  // A stack of several items fits only if each item is linked to the rest by positive evidence;
  // an item no pair speaks about is unknown, not silently accepted.
  if (comps.length > 1) {
    for (const c of comps) {
      const r = ref(c);
      if (pairs.some((p) => p.status === 'supported' && (p.a === r || p.b === r))) continue;
      if (pairs.some((p) => p.a === r || p.b === r)) continue;
      unknown = true;
      issues.push({ code: 'no-evidence', severity: 'warning', message: MESSAGES.unlinked[lang](label(c, lang)), components: [r] });
    }
  }

  // Architecture given without a CPU item: every product that lists architectures must include it.
  if (stack.arch && !cpu) {
    for (const c of comps) {
      if (c.kind === 'cpu' || !c.product.arch || c.product.arch.includes(stack.arch as never)) continue;
      conflict = true;
      issues.push({ code: 'arch-mismatch', severity: 'error', message: MESSAGES.archBad[lang](label(c, lang), c.product.arch.join(', '), stack.arch, c.product.sources), components: [ref(c)], sources: c.product.sources });
    }
  }

  // Requirements whose product is not in the stack.
  const present = new Set(comps.map((c) => c.id));
  for (const c of comps) {
    const seen = new Set<string>();
    for (const req of requirementsOf(matrix, c, ctx)) {
      if (present.has(req.id) || seen.has(req.id)) continue;
      seen.add(req.id);
      const chain = missingChain(matrix, c, req, comps, ctx, lang);
      if (chain) {
        conflict = true;
        issues.push(chain);
        continue;
      }
      const target = matrix.product(req.id);
      if (!target) continue;
      unknown = true;
      const allowed = req.allowed.trim() === '*' ? '' : req.allowed;
      issues.push({ code: 'requirement-missing', severity: 'warning', message: MESSAGES.missing[lang](label(c, lang), label({ name: target.name }, lang), allowed, req.sources), components: [ref(c), req.id], sources: req.sources });
    }
  }

  for (const c of comps) {
    if (c.release?.eol && c.release.eol < date) {
      issues.push({ code: 'eol', severity: 'warning', message: MESSAGES.eol[lang](label(c, lang), c.release.eol, date), components: [ref(c)], ...(c.release.sources ? { sources: c.release.sources } : {}) });
    }
    if (c.parsed && !c.release && c.product.releases?.length) {
      const known = matrix.releases(c.id).slice(-3).map((r) => r.version).join(', ');
      issues.push({ code: 'unknown-version', severity: 'warning', message: MESSAGES.unknownVersion[lang](label(c, lang), known), components: [ref(c)] });
    }
  }

  const verdict: Verdict = conflict ? 'conflict' : unknown ? 'unknown' : 'fits';
  const order = { error: 0, warning: 1 } as const;
  issues.sort((x, y) => order[x.severity] - order[y.severity]);
  return { verdict, ...(arch ? { arch } : {}), date, components: comps.map(publicComponent), pairs, issues, fixes: [] };
}

/**
 * Does this stack fit together? Items are `name[@version]` (names resolve through ids, aliases and
 * en/zh names), an architecture (`aarch64`) or a workload (`training`). Every relevant pair comes
 * back `supported`, `conflict` or `unknown` with its evidence, sources and reason.
 * Throws a StackfitError only when the stack cannot be read (unknown name, bad version).
 *
 * @example
 * check(loadMatrix(), ['torch_npu@2.1.0.post10', 'torch@2.3.1']).verdict // 'conflict'
 */
export function check(matrix: Matrix, items: readonly string[], options: CheckOptions = {}): CheckResult {
  return checkParsed(matrix, parseStack(matrix, items), options);
}
