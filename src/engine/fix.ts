import { internalsOf, type Matrix } from '../data/matrix.ts';
import { suggestionHint } from '../data/did-you-mean.ts';
import { StackfitError } from '../errors.ts';
import { compareKeys } from '../version/key.ts';
import { renderReason } from '../report/locales/index.ts';
import { evaluateFamilies } from './check.ts';
import { assertMatrix, readOptions } from './options.ts';
import { assertItems, parseStack, setMembers, type ParsedStack } from './parse-stack.ts';
import { explainNoSolution } from './solve/explain.ts';
import { isPrerelease, rankFound } from './solve/rank.ts';
import { Search, type Found } from './solve/search.ts';
import { bridgesFor, searchContext, type SolveExplanation } from './solve.ts';
import { domainOf, type Variable } from './solve/variables.ts';
import type { Change, CheckOptions, Fix, ResolvedComponent, Verdict } from './types.ts';

/*
 * fix is solve with the stack as the starting point and pins held: pinned and versionless items
 * stay as they are, every other item may move to another release of its product (nearest first),
 * and layers the stack's releases require but lack may be added (`{ id, from: null, to }`). Only
 * fitting stacks count. Fixes are ranked by how many items change, then how far versions move.
 */

/** Fixes returned. */
const MAX_FIXES = 5;
/** Fitting stacks gathered before ranking them. */
const GATHER = 12;

export interface FixOptions extends CheckOptions {
  /** Names of items that must not change (hardware usually). Each must name an item of the stack. */
  readonly pin?: readonly string[];
  /** Search budget in assignments tried (default 20000). */
  readonly budget?: number;
}

export interface FixResult {
  readonly verdict: Verdict;
  readonly fixes: readonly Fix[];
  /** Present when the stack does not fit and no fix was found: why. */
  readonly explanation?: SolveExplanation;
}

/**
 * The smallest sets of changes that turn a stack into a fitting one, never touching pinned items:
 * fewest changed items first, then the smallest version moves. Repairs conflicts, unknown stacks
 * (by moving to releases with evidence or adding a missing layer) and partial stacks.
 *
 * @example
 * fix(loadMatrix(), ['torch_npu@2.9.0', 'torch@2.8.0', 'python@3.11'], { pin: ['torch'] }).fixes[0].changes
 */
export function fix(matrix: Matrix, items: readonly string[], options: FixOptions = {}): FixResult {
  assertMatrix(matrix, 'fix');
  assertItems(items);
  if (!items.length) throw new StackfitError({ code: 'bad-input', message: 'fix needs at least one item', hint: 'For example ["torch_npu@2.1.0.post10", "torch@2.3.1"].' });
  return fixParsed(matrix, parseStack(matrix, items), options);
}

/** The ids the pins name; an unknown name or one not in the stack is an error. */
export function pinnedIds(matrix: Matrix, stack: ParsedStack, pins: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  if (pins !== undefined && !Array.isArray(pins)) throw new StackfitError({ code: 'bad-input', message: 'pin must be an array of names' });
  for (const name of pins ?? []) {
    if (typeof name !== 'string') throw new StackfitError({ code: 'bad-input', message: `pin names are strings (got ${typeof name})` });
    const r = internalsOf(matrix).resolve(name);
    if (!r.ok) throw new StackfitError({ code: 'unknown-name', message: `unknown product "${name.slice(0, 40).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}" given to pin`, ...(r.suggestions.length ? { hint: suggestionHint(r.suggestions)! } : {}) });
    if (!stack.components.some((c) => c.id === r.product.id)) throw new StackfitError({ code: 'bad-input', message: `pin "${r.product.id}" is not an item of the stack`, hint: `Pin one of: ${stack.components.map((c) => c.id).join(', ')}.` });
    out.add(r.product.id);
  }
  return out;
}

/** A product's releases ordered by distance from a given version, that version first. */
function nearestFirst(matrix: Matrix, c: ResolvedComponent): { domain: readonly ResolvedComponent[]; distance: Map<string, number> } {
  const all = domainOf(matrix, c.product);
  const releases = matrix.parsedReleases(c.id);
  // Distances count from the version given, or from the newest release of a range given.
  const newestInRange = c.range?.releases.at(-1);
  const here = c.parsed ? releases.findIndex((r) => compareKeys(r.version.key, c.parsed!.key) >= 0) : newestInRange ? releases.findIndex((r) => r.release.version === newestInRange) : -1;
  const at = here < 0 ? releases.length : here;
  const index = new Map(releases.map((r, i) => [r.release.version, i]));
  const distance = new Map<string, number>();
  for (const d of all) distance.set(d.version ?? '', Math.abs((index.get(d.version ?? '') ?? 0) - at));
  const domain = [c, ...all.filter((d) => d.version !== c.version).sort((x, y) => distance.get(x.version ?? '')! - distance.get(y.version ?? '')!)];
  distance.set(c.version ?? '', 0);
  return { domain, distance };
}

export function fixParsed(matrix: Matrix, stack: ParsedStack, options: FixOptions = {}): FixResult {
  const opts = readOptions(options);
  const pinned = pinnedIds(matrix, stack, options.pin);
  const base = evaluateFamilies(matrix, stack, opts);
  if (base.verdict === 'fits') return { verdict: base.verdict, fixes: [] };

  const distances = new Map<string, Map<string, number>>();
  const vars: Variable[] = stack.components.map((c) => {
    // A product version naming one release per version of another product (torch_npu@6.0.0), or a
    // range (driver@>=4.20.6): each member is that version, so taking one is no change; pinned, only
    // the members remain.
    const members = setMembers(matrix, c);
    if (members && pinned.has(c.id)) return { key: c.id, fixed: false, domain: members, given: c };
    if (pinned.has(c.id) || !c.version || !c.product.scheme) return { key: c.id, fixed: true, domain: [c], given: c };
    const { domain, distance } = nearestFirst(matrix, c);
    distances.set(c.id, distance);
    if (!members) return { key: c.id, fixed: false, domain, given: c };
    for (const m of members) distance.set(m.version ?? '', 0);
    const named = new Set(members.map((m) => m.version));
    return { key: c.id, fixed: false, domain: [...members, ...domain.filter((d) => d !== c && !named.has(d.version))], given: c };
  });
  const ctx = searchContext(matrix, vars, stack);
  const order = (c: ResolvedComponent) => (distances.get(c.id)?.get(c.version ?? '') ?? 0) * 2 + (isPrerelease(c) ? 1 : 0);
  const search = new Search(matrix, ctx, stack, opts, { limit: GATHER, budget: options.budget ?? 20_000, keepUnknown: false, order });
  search.run(vars);

  const original = new Map(stack.components.map((c) => [c.id, c]));
  // Taking a member of what an item was given as is no change: the member of a version set follows
  // from the stack (not shown); a release in a range given is shown, as the choice it is. Each found
  // stack's changes are worked out once: the ranking compares them many times.
  const isMember = (was: ResolvedComponent, c: ResolvedComponent) => Boolean((was.versionSet || was.range) && c.aka?.as === (was.versionSet?.version ?? was.range?.text));
  const diffs = new Map<Found, { readonly changes: Change[]; readonly counted: number }>();
  const diffOf = (f: Found) => {
    let hit = diffs.get(f);
    if (hit) return hit;
    const changes: Change[] = [];
    let counted = 0;
    for (const c of f.components) {
      const was = original.get(c.id);
      if (!was) {
        changes.push({ id: c.id, from: null, to: c.version ?? null });
        counted++;
      } else if (was.version !== c.version) {
        const member = isMember(was, c);
        if (!member || was.range) changes.push({ id: c.id, from: was.version ?? null, to: c.version ?? null });
        if (!member) counted++;
      }
    }
    diffs.set(f, (hit = { changes, counted }));
    return hit;
  };
  const cost = (f: Found) => f.components.reduce((n, c) => n + (distances.get(c.id)?.get(c.version ?? '') ?? 0), 0);
  const ranked = rankFound(matrix, search.found, undefined);
  const order2 = new Map(ranked.map((f, i) => [f, i]));
  const pre = (f: Found) => f.components.filter(isPrerelease).length;
  const best = [...search.found].sort((a, b) => diffOf(a).counted - diffOf(b).counted || pre(a) - pre(b) || cost(a) - cost(b) || order2.get(a)! - order2.get(b)!);
  const fixes: Fix[] = [];
  const seen = new Set<string>();
  for (const f of best) {
    const changes = diffOf(f).changes;
    const key = JSON.stringify(changes);
    if (!changes.length || seen.has(key)) continue;
    seen.add(key);
    fixes.push({ changes, verdict: f.result.verdict });
    if (fixes.length >= MAX_FIXES) break;
  }
  if (fixes.length) return { verdict: base.verdict, fixes };
  const named = new Set(stack.components.map((c) => c.id));
  const why = explainNoSolution(matrix, stack, vars, bridgesFor(matrix, vars, named), ctx, opts, search.left <= 0, search.explored);
  return { verdict: base.verdict, fixes, explanation: { code: why.code, steps: why.steps.map((r) => ({ ...r, message: renderReason(r, opts.lang) })) } };
}
