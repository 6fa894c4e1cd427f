import type { Evidence } from '../schema/constants.ts';
import { EVIDENCE_LEVELS } from '../schema/constants.ts';
import type { Fact } from './facts.ts';
import type { Reason, Ref } from './reasons.ts';
import type { PairStatus, ResolvedComponent } from './types.ts';

/*
 * The one definition of a pair's status, used by check, matrix/coverage, solve, fix and gaps:
 *   conflict   a binding fact is violated (a requirement, a vendor table's key row, a closed list,
 *              the architectures a product runs on) or a known conflict applies;
 *   supported  otherwise, a fact covers the pair positively for the versions and scope given;
 *   unknown    otherwise: no evidence, or evidence that does not settle these versions or scope.
 * Unknown is never folded into yes or no.
 */

export interface PairVerdict {
  readonly status: PairStatus;
  readonly evidence?: Evidence;
  readonly sources: readonly string[];
  readonly reason: Reason;
  /** The facts that decided it. */
  readonly deciding: readonly Fact[];
  /** Whether the pair must be evidenced for the stack to fit (a requirement or a conflict). */
  readonly binding: boolean;
}

const rank = (e: Evidence) => EVIDENCE_LEVELS.indexOf(e);
/** Stronger evidence first; at equal evidence, a fact that names versions before one that says any. */
const byStrength = (x: Fact, y: Fact) => rank(x.evidence) - rank(y.evidence) || Number(x.allowed.trim() === '*') - Number(y.allowed.trim() === '*');

/** The strongest of the facts that pass a test (the first of equals, in data order). */
function strongest(facts: readonly Fact[], test: (f: Fact) => boolean): Fact | undefined {
  let best: Fact | undefined;
  for (const f of facts) if (test(f) && (!best || byStrength(f, best) < 0)) best = f;
  return best;
}

const BINDING = new Set(['requires', 'table-requires', 'conflicts', 'closed']);

export function isConflict(f: Fact): boolean {
  if (f.applies !== 'yes' || f.scope !== 'yes') return false;
  if (f.kind === 'requires' || f.kind === 'table-requires' || f.kind === 'arch' || f.kind === 'closed') return f.sat === 'no';
  if (f.kind === 'conflicts') return f.sat === 'yes';
  return false;
}

/** A positive fact. `requires X *` only says X is needed, not that every X works, so it is not one. */
export function isSupport(f: Fact): boolean {
  if (f.kind === 'requires' && f.allowed.trim() === '*') return false;
  return f.applies === 'yes' && f.scope === 'yes' && f.sat === 'yes' && f.kind !== 'conflicts' && f.kind !== 'closed';
}

/**
 * A requirement is a range; a vendor sometimes also states the exact combination it ships outside
 * that range (a docs table names torch_npu 2.7.1.post1 while the release's own requirements file
 * pins 2.7.1). An explicit positive statement by the same product about that version outweighs
 * the exclusion its range implies: the pair is not called a conflict.
 */
function isOverruled(f: Fact, facts: readonly Fact[]): boolean {
  if (f.kind !== 'requires' && f.kind !== 'table-requires') return false;
  return facts.some((g) => (g.kind === 'supports' || g.kind === 'table-supports') && g.from === f.from && g.to === f.to && g.allowed.trim() !== '*' && isSupport(g));
}

/**
 * A fact whose scope the stack leaves open (no chip named, several possible architectures) that
 * would decide the pair were its scope met: a statement that covers these versions, or one they
 * violate. One that would not (Python 3.11.2 against a list of 3.7.5 printed for two chips) is no
 * reason to ask for the scope; the pair is unknown for what the statement says.
 */
function decidesInScope(f: Fact): boolean {
  if (f.scope !== 'unknown' || f.applies !== 'yes') return false;
  switch (f.kind) {
    case 'conflicts':
      return f.sat === 'yes';
    case 'closed':
    case 'arch':
      return f.sat === 'no';
    case 'requires':
    case 'table-requires':
      return f.sat === 'no' || (f.sat === 'yes' && !(f.kind === 'requires' && f.allowed.trim() === '*'));
    default:
      return f.sat === 'yes';
  }
}

function isBinding(facts: readonly Fact[]): boolean {
  return facts.some((f) => BINDING.has(f.kind) || (f.kind === 'arch' && f.sat === 'no'));
}

/** `id@version`, or `id` for hardware and versionless items. */
export function ref(c: ResolvedComponent): string {
  return c.version ? `${c.id}@${c.version}` : c.id;
}

const refs = new WeakMap<object, Ref>();

/** A stack item as reasons name it (made once per item). */
export function refOf(c: { readonly id: string; readonly version?: string | undefined; readonly name: Ref['name'] }): Ref {
  let hit = refs.get(c);
  if (!hit) {
    hit = Object.freeze({ id: c.id, ...(c.version ? { version: c.version } : {}), name: c.name });
    refs.set(c, hit);
  }
  return hit;
}

/** A product named without a version. */
export function bare(c: { readonly id: string; readonly name: Ref['name'] }): Ref {
  return { id: c.id, name: c.name };
}

/** The reason one fact gives. `names` maps listed ids to their names (closed lists). */
export function factReason(f: Fact, names: (id: string) => Ref): Reason {
  const from = refOf(f.from);
  const to = refOf(f.to);
  const cited = { sources: f.sources };
  // The item is a series and the statement covers only some of its releases: say so, whatever
  // the statement says of the other item (such a fact never decides a pair).
  if (f.applies === 'maybe' && f.kind !== 'closed' && f.kind !== 'arch' && f.kind !== 'table-row') {
    return { code: 'partly-covered', from, to, ...(f.releases ? { releases: f.releases } : {}), ...(f.sat === 'no' ? { allowed: f.allowed } : {}), ...cited };
  }
  switch (f.kind) {
    case 'requires':
    case 'table-requires':
      if (f.sat === 'maybe' && f.devOf) return { code: 'dev-build', from, to, release: f.devOf, allowed: f.allowed, ...cited };
      if (isConflict(f)) return { code: 'requires', from, to, allowed: f.allowed, given: f.to.version ?? '', ...cited };
      if (f.sat === 'yes') return { code: 'requires', from, to, allowed: f.allowed, ...cited };
      return { code: 'needs-version', from, to, allowed: f.allowed, ...cited };
    case 'conflicts':
      return { code: 'conflicts', from, to, allowed: f.allowed, ...cited };
    case 'supports':
    case 'table-supports':
      if (f.sat === 'yes') return { code: 'supports', from, to, ...cited };
      if (f.sat === 'maybe' && f.devOf) return { code: 'dev-build', from, to, release: f.devOf, allowed: f.allowed, ...cited };
      if (f.sat === 'no') return { code: 'not-listed', from, to, allowed: f.allowed, ...cited };
      return { code: 'needs-version', from, to, allowed: f.allowed, ...cited };
    case 'closed':
      return { code: 'closed-list', from, to, kind: f.closedFor ?? f.to.kind, listed: (f.listed ?? []).map(names), ...(f.label ? { wording: f.label } : {}), ...cited };
    case 'table-row':
      return { code: 'table-row', table: f.label ?? '', a: from, b: to, ...cited };
    case 'arch':
      return f.sat === 'yes'
        ? { code: 'arch-ok', from, arches: f.allowed.split(', '), ...cited }
        : { code: 'arch-bad', from, arches: f.allowed.split(', '), arch: f.to.product.arch?.join('/') ?? '?', ...cited };
  }
}

/** The status of a pair and whether it binds, without building its reason (search loops). */
export function pairStatus(facts: readonly Fact[]): { readonly status: PairStatus; readonly binding: boolean } {
  const binding = isBinding(facts);
  if (facts.some((f) => isConflict(f) && !isOverruled(f, facts))) return { status: 'conflict', binding: true };
  return { status: facts.some(isSupport) ? 'supported' : 'unknown', binding };
}

/**
 * Decides a pair from its facts: conflict if a binding fact is violated or a known conflict
 * applies; supported if a fact covers it positively; otherwise unknown, never folded into yes or no.
 */
export function evaluatePair(a: ResolvedComponent, b: ResolvedComponent, facts: readonly Fact[], names: (id: string) => Ref): PairVerdict {
  const binding = isBinding(facts);
  const conflicts = facts.filter((f) => isConflict(f) && !isOverruled(f, facts)).sort(byStrength);
  if (conflicts.length) {
    const top = conflicts[0]!;
    return { status: 'conflict', evidence: top.evidence, sources: [...new Set(conflicts.flatMap((f) => f.sources))], reason: factReason(top, names), deciding: conflicts, binding: true };
  }
  const supports = facts.filter(isSupport).sort(byStrength);
  if (supports.length) {
    const top = supports[0]!;
    return { status: 'supported', evidence: top.evidence, sources: [...new Set(supports.flatMap((f) => f.sources))], reason: factReason(top, names), deciding: supports, binding };
  }
  const sources = [...new Set(facts.flatMap((f) => f.sources))];
  // Ask for a scope (a CPU, an accelerator, a workload) only where naming one could decide the pair.
  const undecided = facts.filter(decidesInScope);
  if (undecided.length) {
    const scopes = [...new Set(undecided.flatMap((f) => f.unsettled ?? []))];
    return { status: 'unknown', sources, reason: { code: 'needs-scope', a: refOf(a), b: refOf(b), scopes: scopes.length ? scopes : ['arch'] }, deciding: [], binding };
  }
  // A statement that may cover the pair once a version is exact says what to give (Python 3.11:
  // CANN 8.0.0 lists 3.7 to 3.11.4); only without one does a list that leaves the version out
  // speak, the vendor's whole list before a partial one (an install guide before an image list).
  const partial = strongest(facts, (f) => f.sat === 'maybe' || f.applies === 'maybe') ?? strongest(facts, (f) => f.sat === 'no' && Boolean(f.whole)) ?? strongest(facts, (f) => f.sat === 'no');
  return { status: 'unknown', sources, reason: partial ? factReason(partial, names) : { code: 'no-evidence', a: refOf(a), b: refOf(b) }, deciding: [], binding };
}
