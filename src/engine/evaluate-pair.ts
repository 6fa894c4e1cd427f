import type { Evidence } from '../schema/constants.ts';
import { EVIDENCE_LEVELS } from '../schema/constants.ts';
import type { Fact } from './facts.ts';
import { label, MESSAGES } from './messages.ts';
import type { Lang, PairStatus, ResolvedComponent } from './types.ts';

export interface PairVerdict {
  readonly status: PairStatus;
  readonly evidence?: Evidence;
  readonly sources: readonly string[];
  readonly reason: string;
  /** The facts that decided it. */
  readonly deciding: readonly Fact[];
  /** Whether the pair must be evidenced for the stack to fit (a requirement or a conflict). */
  readonly binding: boolean;
}

const rank = (e: Evidence) => EVIDENCE_LEVELS.indexOf(e);
/** Stronger evidence first; at equal evidence, a fact that names versions before one that says any. */
const byStrength = (x: Fact, y: Fact) => rank(x.evidence) - rank(y.evidence) || Number(x.allowed.trim() === '*') - Number(y.allowed.trim() === '*');

export function isConflict(f: Fact): boolean {
  if (f.applies !== 'yes' || f.scope !== 'yes') return false;
  if (f.kind === 'requires' || f.kind === 'table-requires' || f.kind === 'arch') return f.sat === 'no';
  if (f.kind === 'conflicts') return f.sat === 'yes';
  return false;
}

/** A positive fact. `requires X *` only says X is needed, not that every X works, so it is not one. */
export function isSupport(f: Fact): boolean {
  if (f.kind === 'requires' && f.allowed.trim() === '*') return false;
  return f.applies === 'yes' && f.scope === 'yes' && f.sat === 'yes' && f.kind !== 'conflicts';
}

export function ref(c: ResolvedComponent): string {
  return c.version ? `${c.id}@${c.version}` : c.id;
}

/** Explains one fact in a sentence. */
export function explain(f: Fact, lang: Lang): string {
  const from = label(f.from, lang);
  const to = label(f.to, lang, null);
  const m = MESSAGES;
  switch (f.kind) {
    case 'requires':
    case 'table-requires':
      if (isConflict(f)) return `${m.requires[lang](from, to, f.allowed, f.sources)}; ${m.youGave[lang](label(f.to, lang))}`;
      if (f.sat === 'yes') return `${m.requires[lang](from, to, f.allowed, f.sources)}.`;
      return m.needVersion[lang](from, to, f.allowed);
    case 'conflicts':
      return m.conflicts[lang](from, to, f.allowed, f.sources);
    case 'supports':
    case 'table-supports':
      if (f.sat === 'yes') return m.supports[lang](from, label(f.to, lang), f.sources);
      if (f.sat === 'no') return m.notListed[lang](from, to, f.allowed, f.sources);
      return m.needVersion[lang](from, to, f.allowed);
    case 'table-row':
      return m.tableRow[lang](f.label ?? '', from, label(f.to, lang), f.sources);
    case 'arch':
      return f.sat === 'yes'
        ? m.archOk[lang](from, f.allowed, f.sources)
        : m.archBad[lang](from, f.allowed, f.to.product.arch?.[0] ?? '?', f.sources);
  }
}

/** The status of a pair and whether it binds, without building its explanation (search loops). */
export function pairStatus(facts: readonly Fact[]): { readonly status: PairStatus; readonly binding: boolean } {
  const binding = facts.some((f) => f.kind === 'requires' || f.kind === 'table-requires' || f.kind === 'conflicts' || (f.kind === 'arch' && f.sat === 'no'));
  if (facts.some(isConflict)) return { status: 'conflict', binding: true };
  return { status: facts.some(isSupport) ? 'supported' : 'unknown', binding };
}

/**
 * Decides a pair from its facts: conflict if a binding fact is violated or a known conflict
 * applies; supported if a fact covers it positively; otherwise unknown, never folded into yes or no.
 */
export function evaluatePair(a: ResolvedComponent, b: ResolvedComponent, facts: readonly Fact[], lang: Lang): PairVerdict {
  const binding = facts.some((f) => f.kind === 'requires' || f.kind === 'table-requires' || f.kind === 'conflicts' || (f.kind === 'arch' && f.sat === 'no'));
  const conflicts = facts.filter(isConflict).sort(byStrength);
  if (conflicts.length) {
    const top = conflicts[0]!;
    return { status: 'conflict', evidence: top.evidence, sources: [...new Set(conflicts.flatMap((f) => f.sources))], reason: explain(top, lang), deciding: conflicts, binding: true };
  }
  const supports = facts.filter(isSupport).sort(byStrength);
  if (supports.length) {
    const top = supports[0]!;
    return { status: 'supported', evidence: top.evidence, sources: [...new Set(supports.flatMap((f) => f.sources))], reason: explain(top, lang), deciding: supports, binding };
  }
  const undecided = facts.find((f) => f.scope === 'unknown') ? MESSAGES.needScope[lang](label(a, lang), label(b, lang)) : undefined;
  const partial = facts.find((f) => f.sat === 'maybe' || f.applies === 'maybe' || f.sat === 'no');
  const reason = undecided ?? (partial ? explain(partial, lang) : MESSAGES.noEvidence[lang](label(a, lang), label(b, lang)));
  return { status: 'unknown', sources: [...new Set(facts.flatMap((f) => f.sources))], reason, deciding: [], binding };
}
