import type { Matrix } from '../../data/matrix.ts';
import type { Product } from '../../schema/product.ts';
import { evaluateStack, namer } from '../check.ts';
import { bare, evaluatePair, refOf } from '../evaluate-pair.ts';
import { pairFacts, type StackContext } from '../facts.ts';
import type { ReadOptions } from '../options.ts';
import type { ParsedStack } from '../parse-stack.ts';
import type { Reason } from '../reasons.ts';
import type { ResolvedComponent } from '../types.ts';
import { domainOf, type Variable } from './variables.ts';

/*
 * Why nothing fits, as a derivation (PubGrub-style): each step an incompatibility with its
 * source, ending at the user's own items.
 *   fixed-conflict   the items given with versions already conflict: their conflicting pairs;
 *   fixed-unknown    every item is given with its version, and nothing the data holds decides
 *                    them together: their unknown pairs and what each lacks;
 *   no-candidate     an open layer (a product asked for without a version, or the plugin that
 *                    links two named items) has no release that works with the given items:
 *                    the releases that work with each, then "so none works with both";
 *   no-combination   every open layer has candidates, but no combination of them fits;
 *   budget           the search stopped before it could tell.
 */
export type ExplanationCode = 'fixed-conflict' | 'fixed-unknown' | 'no-candidate' | 'no-combination' | 'budget';

export interface Explanation {
  readonly code: ExplanationCode;
  readonly steps: readonly Reason[];
}

/** Most candidates whose pair reasons are gathered for a step's sources. */
const SOURCE_SAMPLE = 3;

interface PerItem {
  readonly f: ResolvedComponent;
  /** Releases with positive evidence with the item, and the sources of the first few. */
  readonly known: ResolvedComponent[];
  readonly knownSources: string[];
  /** Releases that conflict with the item, and the reason of each. */
  readonly bad: Map<ResolvedComponent, { readonly why: Reason; readonly sources: readonly string[] }>;
}

/** How each release of a domain stands with one item: known to work, conflicting (with why), or neither. */
function against(matrix: Matrix, domain: readonly ResolvedComponent[], f: ResolvedComponent, ctx: StackContext): PerItem {
  const known: ResolvedComponent[] = [];
  const knownSources = new Set<string>();
  const bad = new Map<ResolvedComponent, { why: Reason; sources: readonly string[] }>();
  for (const c of domain) {
    const v = evaluatePair(c, f, pairFacts(matrix, c, f, ctx), namer(matrix));
    if (v.status === 'conflict') bad.set(c, { why: v.reason, sources: v.sources });
    else if (v.status === 'supported') {
      known.push(c);
      if (known.length <= SOURCE_SAMPLE) v.sources.forEach((x) => knownSources.add(x));
    }
  }
  return { f, known, knownSources: [...knownSources], bad };
}

function candidates(product: Product, item: ResolvedComponent, ok: readonly ResolvedComponent[], total: number, sources: readonly string[]): Reason {
  return { code: 'candidates', product: bare(product), with: refOf(item), versions: ok.map((c) => c.version ?? c.id), total, sources };
}

/**
 * A layer that no release can fill: every release conflicts with one given item; or the releases
 * known to work with one item all conflict with another (the pair whose known set is smallest).
 */
function noCandidate(matrix: Matrix, product: Product, domain: readonly ResolvedComponent[], fixed: readonly ResolvedComponent[], ctx: StackContext): Reason[] | undefined {
  if (!domain.length || !fixed.length) return undefined;
  const per = fixed.filter((f) => f.id !== product.id).map((f) => against(matrix, domain, f, ctx));
  const wall = per.find((p) => p.bad.size === domain.length);
  if (wall) {
    const first = wall.bad.values().next().value!;
    return [candidates(product, wall.f, [], domain.length, [...new Set([...wall.bad.values()].slice(0, SOURCE_SAMPLE).flatMap((b) => b.sources))]), first.why];
  }
  const pairs = per
    .filter((x) => x.known.length)
    .flatMap((x) => per.filter((y) => y !== x && x.known.every((c) => y.bad.has(c))).map((y) => ({ x, y })))
    .sort((a, b) => a.x.known.length - b.x.known.length);
  const hit = pairs[0];
  if (!hit) return undefined;
  const { x, y } = hit;
  const because = [...new Map(x.known.map((c) => [y.bad.get(c)!.why, c])).keys()].slice(0, 2);
  return [candidates(product, x.f, x.known, domain.length, x.knownSources), ...because, { code: 'nothing-left', product: bare(product), because: [refOf(x.f), refOf(y.f)] }];
}

/**
 * Explains a solve that found no fitting stack. `open` are the variables whose value was open
 * and `bridges` the products tried as links between named items, most relevant first.
 */
export function explainNoSolution(matrix: Matrix, parsed: ParsedStack, vars: readonly Variable[], bridges: readonly Product[], ctx: StackContext, opts: ReadOptions, exhausted: boolean, explored: number): Explanation {
  const fixed = vars.filter((v) => v.fixed).map((v) => v.domain[0]!).filter(Boolean);
  const open = vars.filter((v) => !v.fixed);
  let ownUnknown: Explanation | undefined;
  if (fixed.length >= 2 || (fixed.length && !open.length)) {
    const own = evaluateStack(matrix, { ...parsed, components: fixed }, opts);
    const stated = new Set(own.pairs.map((p) => p.why));
    if (own.verdict === 'conflict') {
      const steps = [...own.pairs.filter((p) => p.status === 'conflict').map((p) => p.why), ...own.issues.filter((i) => i.severity === 'error' && !stated.has(i.why)).map((i) => i.why)];
      return { code: 'fixed-conflict', steps };
    }
    // Nothing left to choose: what keeps the items given from fitting is what check says of them,
    // unless a linking product tried has no release that works with them (below).
    if (own.verdict === 'unknown' && !open.length) {
      const steps = [...own.pairs.filter((p) => p.status === 'unknown').map((p) => p.why), ...own.issues.filter((i) => i.code !== 'eol' && !stated.has(i.why)).map((i) => i.why)];
      if (steps.length) ownUnknown = { code: 'fixed-unknown', steps };
    }
  }
  for (const v of open) {
    const product = v.given?.product ?? (v.domain[0] ? v.domain[0].product : undefined);
    if (!product || v.key.startsWith('layer:')) continue;
    const steps = noCandidate(matrix, product, v.domain, fixed, ctx);
    if (steps) return { code: 'no-candidate', steps };
  }
  for (const b of bridges.slice(0, 5)) {
    const steps = noCandidate(matrix, b, domainOf(matrix, b), fixed, ctx);
    if (steps) return { code: 'no-candidate', steps };
  }
  if (exhausted) return { code: 'budget', steps: [{ code: 'budget', explored }] };
  if (ownUnknown) return ownUnknown;
  const layers = [...open.flatMap((v) => (v.given ? [bare(v.given.product)] : v.domain[0] ? [{ id: v.key.replace(/^layer:/, ''), name: { en: v.key.replace(/^layer:/, ''), zh: v.key.replace(/^layer:/, '') } }] : [])), ...bridges.slice(0, 1).map(bare)];
  return { code: 'no-combination', steps: [{ code: 'no-combination', layers }] };
}
