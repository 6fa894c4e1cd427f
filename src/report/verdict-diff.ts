import type { CorpusStack } from '../data/table-stacks.ts';
import type { Matrix } from '../data/matrix.ts';
import { check } from '../engine/check.ts';
import { StackfitError } from '../errors.ts';

export interface VerdictFlip {
  readonly origin: string;
  readonly items: readonly string[];
  /** Verdict on the base data, or `invalid` when the stack cannot be read there. */
  readonly before: string;
  readonly after: string;
}

function verdictOf(matrix: Matrix, items: readonly string[], date: string): string {
  try {
    return check(matrix, items, { date }).verdict;
  } catch (e) {
    if (e instanceof StackfitError) return 'invalid';
    throw e;
  }
}

/** Checks each stack on both datasets and returns those whose verdict differs. */
export function diffVerdicts(base: Matrix, head: Matrix, stacks: readonly CorpusStack[], date: string): VerdictFlip[] {
  const seen = new Set<string>();
  const flips: VerdictFlip[] = [];
  for (const s of stacks) {
    const key = s.items.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const before = verdictOf(base, s.items, date);
    const after = verdictOf(head, s.items, date);
    if (before !== after) flips.push({ origin: s.origin, items: s.items, before, after });
  }
  return flips;
}
