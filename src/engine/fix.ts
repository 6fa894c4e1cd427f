import type { Matrix } from '../data/matrix.ts';
import { normalizeName } from '../data/normalize-name.ts';
import { SCHEMES } from '../version/schemes/index.ts';
import { checkParsed } from './check.ts';
import { parseStack, type ParsedStack } from './parse-stack.ts';
import type { Change, CheckOptions, Fix, ResolvedComponent, Verdict } from './types.ts';

/** Most changes tried together; larger sets are rarely what a user wants. */
const MAX_CHANGES = 2;
/** Candidate versions tried per item, nearest to the current one first. */
const MAX_CANDIDATES = 24;
/** Fixes returned. */
const MAX_FIXES = 5;

export interface FixOptions extends CheckOptions {
  /** Names of items that must not change (hardware usually). */
  readonly pin?: readonly string[];
}

export interface FixResult {
  readonly verdict: Verdict;
  readonly fixes: readonly Fix[];
}

interface Candidate {
  readonly index: number;
  readonly component: ResolvedComponent;
  /** Distance in releases from the current version (the size of the move). */
  readonly distance: number;
}

/** Releases of an item to try instead of its version, nearest first. */
function candidates(matrix: Matrix, c: ResolvedComponent, index: number): Candidate[] {
  const scheme = c.product.scheme ? SCHEMES[c.product.scheme] : undefined;
  if (!scheme || !c.version) return [];
  const releases = matrix.releases(c.id);
  const here = releases.findIndex((r) => r.version === c.version);
  const out: Candidate[] = [];
  releases.forEach((release, i) => {
    if (release.version === c.version) return;
    const parsed = scheme.parse(release.version);
    if (!parsed) return;
    const distance = here >= 0 ? Math.abs(i - here) : releases.length - i;
    out.push({ index, distance, component: { ...c, version: release.version, parsed, release, input: `${c.id}@${release.version}` } });
  });
  return out.sort((a, b) => a.distance - b.distance).slice(0, MAX_CANDIDATES);
}

/**
 * The smallest sets of version changes that turn a stack into a fitting one: fewest changed items
 * first, then the smallest version moves, never touching pinned items. Changes are searched only
 * on the items named by the stack's conflicts when there are any, so the search stays small.
 *
 * @example
 * fix(loadMatrix(), ['ascend-910b', 'torch_npu@2.1.0.post10', 'torch@2.3.1'], { pin: ['ascend-910b'] })
 */
export function fix(matrix: Matrix, items: readonly string[], options: FixOptions = {}): FixResult {
  const stack = parseStack(matrix, items);
  return fixParsed(matrix, stack, options);
}

export function fixParsed(matrix: Matrix, stack: ParsedStack, options: FixOptions = {}): FixResult {
  const base = checkParsed(matrix, stack, options);
  if (base.verdict === 'fits') return { verdict: base.verdict, fixes: [] };
  const pinned = new Set<string>();
  for (const name of options.pin ?? []) {
    const r = matrix.resolve(name);
    pinned.add(r.ok ? r.product.id : normalizeName(name));
  }
  const culprits = new Set(base.issues.filter((i) => i.severity === 'error').flatMap((i) => i.components.map((c) => c.split('@')[0]!)));
  const movable = stack.components
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !pinned.has(c.id) && c.version && (culprits.size === 0 || culprits.has(c.id)));
  const options1 = movable.map(({ c, i }) => candidates(matrix, c, i));

  const found: { fix: Fix; cost: number }[] = [];
  const tryChanges = (chosen: Candidate[]) => {
    const components = stack.components.slice();
    for (const ch of chosen) components[ch.index] = ch.component;
    const result = checkParsed(matrix, { ...stack, components }, options);
    if (result.verdict !== 'fits') return;
    const changes: Change[] = chosen.map((ch) => ({ id: ch.component.id, from: stack.components[ch.index]!.version!, to: ch.component.version! }));
    found.push({ fix: { changes, verdict: result.verdict }, cost: chosen.reduce((n, ch) => n + ch.distance, 0) });
  };
  for (const list of options1) for (const cand of list) tryChanges([cand]);
  if (!found.length && MAX_CHANGES >= 2) {
    for (let x = 0; x < options1.length; x++) {
      for (let y = x + 1; y < options1.length; y++) {
        for (const a of options1[x]!) for (const b of options1[y]!) tryChanges([a, b]);
      }
    }
  }
  found.sort((p, q) => p.fix.changes.length - q.fix.changes.length || p.cost - q.cost);
  return { verdict: base.verdict, fixes: found.slice(0, MAX_FIXES).map((f) => f.fix) };
}
