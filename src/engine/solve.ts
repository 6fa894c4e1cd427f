import type { Matrix } from '../data/matrix.ts';
import { internalsOf } from '../data/matrix.ts';
import { StackfitError } from '../errors.ts';
import type { Product } from '../schema/product.ts';
import { renderReason } from '../report/locales/index.ts';
import { publicComponent } from './check.ts';
import { compile } from './compiled.ts';
import type { StackContext } from './facts.ts';
import { localizeCheck } from './localize.ts';
import { assertMatrix, readOptions } from './options.ts';
import { assertItems } from './parse-stack.ts';
import type { Reason } from './reasons.ts';
import { explainNoSolution, type ExplanationCode } from './solve/explain.ts';
import { isPrerelease, rankFound } from './solve/rank.ts';
import { Search, type Found } from './solve/search.ts';
import { buildProblem, domainOf, type Variable } from './solve/variables.ts';
import type { CheckOptions, CheckResult, ResolvedComponent } from './types.ts';

/*
 * solve completes a partial stack, in four named steps:
 *   1. variables   buildProblem: fixed items, open versions, open layers (solve/variables.ts);
 *   2. search      depth-first, never completing a branch with a conflicting pair (solve/search.ts);
 *   3. bridges     when nothing fits, the products that link two named items (an engine's plugin
 *                  for a chip) are added one at a time, those naming an open item first;
 *   4. rank        fits first, then domestic if asked, stable before pre-releases, evidence,
 *                  lifecycle, newest (solve/rank.ts).
 * When no stack fits, the answer carries an explanation: a derivation that ends at the user's items.
 */

export interface SolveOptions extends CheckOptions {
  /** Put products of domestic vendors (origin CN) first. */
  readonly prefer?: 'domestic';
  /** Also return stacks whose verdict is unknown, after every fitting one (default true). */
  readonly includeUnknown?: boolean;
  /** Stacks returned (default 5). */
  readonly limit?: number;
  /** Search budget in assignments tried (default 20000). */
  readonly budget?: number;
}

export interface SolvedStack extends CheckResult {
  /** Stack items that reproduce it with `check`. */
  readonly items: readonly string[];
  /** For an unknown stack: the pairs without evidence (`a + b`). */
  readonly unknownPairs: readonly string[];
}

/** Why nothing fits: a derivation, each step a reason with its code, parameters and sentence. */
export interface SolveExplanation {
  readonly code: ExplanationCode;
  readonly steps: readonly (Reason & { readonly message: string })[];
}

export interface SolveResult {
  readonly stacks: readonly SolvedStack[];
  /** Assignments tried: a measure of the search. */
  readonly explored: number;
  /** Present when no stack fits (stacks may still hold unknown ones). */
  readonly explanation?: SolveExplanation;
}

/** The context a search evaluates pairs in: architectures and accelerators the fixed items settle. */
export function searchContext(matrix: Matrix, vars: readonly Variable[], parsed: { readonly arch?: string; readonly workload?: 'training' | 'inference' }, workload?: 'training' | 'inference'): StackContext {
  const fixed = vars.filter((v) => v.fixed).map((v) => v.domain[0]!).filter(Boolean);
  const cpu = fixed.find((c) => c.kind === 'cpu' && c.product.arch?.length === 1);
  const arch = parsed.arch ?? cpu?.product.arch?.[0];
  const accelerators = new Set<string>();
  const families = compile(matrix).familiesOf;
  for (const c of fixed) {
    if (c.kind !== 'accelerator') continue;
    accelerators.add(c.id);
    for (const f of families.get(c.id) ?? []) accelerators.add(f);
  }
  const w = workload ?? parsed.workload;
  return { ...(arch ? { arch, arches: [arch] } : {}), ...(w ? { workload: w } : {}), ...(accelerators.size ? { accelerators } : {}) };
}

/**
 * Products that link two items the user named (vllm-ascend mentions both vllm and ascend-910b):
 * those whose own rules or tables name an item with an open version first (the engine's plugin
 * is the likely missing link), among them those that name it most often (a plugin names its host
 * in every release; a library may name it once), then those naming more of the items.
 */
export function bridgesFor(matrix: Matrix, vars: readonly Variable[], named: ReadonlySet<string>): Product[] {
  const compiled = compile(matrix);
  const linked = (p: Product) => [...named].filter((id) => compiled.mentions.get(p.id)?.has(id));
  /** How often the product's own rules and rows (tables keyed by it) name each item. */
  const own = (p: Product): Map<string, number> => {
    const times = new Map<string, number>();
    const add = (id: string, n: number) => named.has(id) && times.set(id, (times.get(id) ?? 0) + n);
    for (const [id, rules] of compiled.byTarget.get(p.id) ?? []) add(id, rules.length);
    for (const t of internalsOf(matrix).tablesByProduct.get(p.id) ?? []) {
      const key = t.columns[0];
      if (key && 'product' in key && key.product === p.id) for (const c of t.columns) if ('product' in c) add(c.product, t.rows.length);
    }
    return times;
  };
  const open = new Set(vars.filter((v) => !v.fixed).map((v) => v.key));
  return internalsOf(matrix)
    .dataset.products.filter((p) => !named.has(p.id) && !p.family && linked(p).length >= 2)
    .map((p) => {
      const direct = own(p);
      const toOpen = [...direct].filter(([id]) => open.has(id));
      return { p, open: toOpen.length, often: toOpen.reduce((n, [, k]) => n + k, 0), direct: direct.size, all: linked(p).length };
    })
    .sort((a, b) => b.open - a.open || b.often - a.often || b.direct - a.direct || b.all - a.all)
    .map((x) => x.p);
}

/** Items that reproduce a stack with `check`, quoted where a shell would split them. */
export function itemsOf(components: readonly ResolvedComponent[], parsed: { readonly arch?: string; readonly workload?: string }): string[] {
  return [...components.map((c) => (c.version ? `${c.id}@${c.version}` : c.id)), ...(parsed.arch ? [parsed.arch] : []), ...(parsed.workload ? [parsed.workload] : [])];
}

function solved(f: Found, parsed: { readonly arch?: string; readonly workload?: string }, lang: 'en' | 'zh'): SolvedStack {
  const result = localizeCheck({ ...f.result, components: f.components.map(publicComponent) }, lang);
  return { ...result, items: itemsOf(f.components, parsed), unknownPairs: result.pairs.filter((p) => p.status === 'unknown').map((p) => `${p.a} + ${p.b}`) };
}

/**
 * Completes a partial stack into ranked stacks, best first. Items as for `check`, plus layers
 * given by kind (`os`, `toolkit`, `framework/engine`) and products without a version. No stack
 * with a conflicting pair is ever returned; unknown stacks come after every fitting one, each
 * with its unknown pairs. When nothing fits, `explanation` says why.
 *
 * @example
 * solve(loadMatrix(), ['ascend-910b', 'vllm']).stacks[0].items
 */
export function solve(matrix: Matrix, items: readonly string[], options: SolveOptions = {}): SolveResult {
  assertMatrix(matrix, 'solve');
  assertItems(items);
  if (!items.length) throw new StackfitError({ code: 'bad-input', message: 'solve needs at least one item', hint: 'For example ["ascend-910b", "vllm"].' });
  const opts = readOptions(options);
  const limit = options.limit ?? 5;
  if (!Number.isInteger(limit) || limit < 1) throw new StackfitError({ code: 'bad-input', message: `limit must be a whole number of at least 1 (got ${String(limit).slice(0, 20)})` });
  if (options.prefer !== undefined && options.prefer !== 'domestic') throw new StackfitError({ code: 'bad-input', message: `prefer takes "domestic" (got ${JSON.stringify(String(options.prefer)).slice(0, 24)})` });

  // 1. variables
  const { parsed, vars } = buildProblem(matrix, items);
  const ctx = searchContext(matrix, vars, parsed, opts.workload);
  const keepUnknown = options.includeUnknown !== false;
  // Stable and LTS releases are tried before pre-releases, newest first within each.
  const order = (c: ResolvedComponent) => (isPrerelease(c) ? 1 : 0);
  const search = new Search(matrix, ctx, parsed, opts, { limit, budget: options.budget ?? 20_000, keepUnknown, order, ...(options.prefer ? { domestic: true } : {}) });

  // 2. search, for fitting stacks only: a branch with an unknown pair is dropped at once. Unknown
  // stacks are searched for after the bridges, and only if fitting ones do not fill the answer
  // (they rank after every fitting one), so a plugin that makes the stack fit is not preceded by
  // every unlinked stack of the direct search.
  search.run(vars, false);

  // 3. bridges
  const named = new Set(parsed.components.map((c) => c.id));
  let bridges: Product[] = [];
  if (search.fits < limit) {
    bridges = bridgesFor(matrix, vars, named);
    for (const [i, b] of bridges.entries()) {
      if (search.done) break;
      // A plugin that only adds unknown pairs explains nothing: keep fitting stacks only. Each
      // bridge may use an equal part of what is left, so what one leaves unused goes to the next.
      const share = Math.ceil(search.left / (bridges.length - i));
      search.run([...vars, { key: b.id, fixed: false, domain: domainOf(matrix, b) }], false, share);
    }
  }

  if (keepUnknown && search.fits < limit) search.run(vars, true);

  // 4. rank
  const ranked = rankFound(matrix, search.found, options.prefer).filter((f) => keepUnknown || f.result.verdict === 'fits');
  const stacks = ranked.slice(0, limit).map((f) => solved(f, parsed, opts.lang));
  if (stacks.some((s) => s.verdict === 'fits')) return { stacks, explored: search.explored };
  const why = explainNoSolution(matrix, parsed, vars, bridges, ctx, opts, search.left <= 0, search.explored);
  return { stacks, explored: search.explored, explanation: { code: why.code, steps: why.steps.map((r) => ({ ...r, message: renderReason(r, opts.lang) })) } };
}
