import type { LintCheck } from '../types.ts';

/**
 * Calls `found` for each item whose key (by default the whole item, word for word) repeats an earlier
 * item's, with the earlier one's index.
 */
function eachRepeat<T>(list: readonly T[], found: (i: number, first: number) => void, keyOf: (item: T) => string = (item) => JSON.stringify(item)): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else found(i, first);
  });
}

/** What a rule claims, per rule object (both checks below ask for it). */
const claims = new WeakMap<object, string>();

/** What a rule claims: everything but the pages it cites and the note quoting them. */
function claimOf(rule: object): string {
  let claim = claims.get(rule);
  if (claim === undefined) {
    const { sources: _sources, note: _note, ...rest } = rule as { sources?: unknown; note?: unknown };
    claims.set(rule, (claim = JSON.stringify(rest)));
  }
  return claim;
}

/**
 * Rules written twice word for word. Only rules that claim the same thing can be that, so the whole
 * text (notes and sources are most of it) is compared within a claim only.
 */
function eachRepeatedRule(rules: readonly object[], found: (i: number, first: number) => void): void {
  // Per claim: its first rule, and once a second rule makes that claim, every whole text seen.
  const byClaim = new Map<string, { first: number; wholes?: Map<string, number> }>();
  rules.forEach((rule, i) => {
    const claim = claimOf(rule);
    const group = byClaim.get(claim);
    if (!group) {
      byClaim.set(claim, { first: i });
      return;
    }
    group.wholes ??= new Map([[JSON.stringify(rules[group.first]), group.first]]);
    const whole = JSON.stringify(rule);
    const first = group.wholes.get(whole);
    if (first !== undefined) found(i, first);
    else group.wholes.set(whole, i);
  });
}

/**
 * A rule or table row written twice, word for word: an edit that appended what was already there.
 * Two statements of the same pair from different pages are not repeats (their sources differ).
 */
export const repeats: LintCheck = {
  name: 'repeats',
  description: 'no rule or table row is written twice',
  level: 'error',
  scope: 'record',
  check(ctx, report) {
    for (const r of ctx.folder.products) {
      eachRepeatedRule(r.value.rules ?? [], (i, first) => report(r, ['rules', i], { code: 'repeated-rule', message: `rules[${i}] repeats rules[${first}] word for word`, hint: 'Delete the repeat.' }));
    }
    for (const r of ctx.folder.tables) {
      eachRepeat(r.value.rows, (i, first) => report(r, ['rows', i], { code: 'repeated-row', message: `rows[${i}] repeats rows[${first}] word for word`, hint: 'Delete the repeat.' }));
    }
  },
};

/**
 * Two rules of one product that claim the same thing (releases, pairs, conditions, evidence) from
 * different pages: one statement split in two, so a reader of the file sees half its sources in
 * each. Word-for-word repeats are the error above.
 */
export const claimRepeats: LintCheck = {
  name: 'claim-repeats',
  description: 'a claim is one rule, with every page that states it',
  level: 'warning',
  scope: 'record',
  check(ctx, report) {
    for (const r of ctx.folder.products) {
      const rules = r.value.rules ?? [];
      eachRepeat(
        rules,
        (i, first) => {
          if (JSON.stringify(rules[i]) === JSON.stringify(rules[first])) return;
          report(r, ['rules', i], {
            code: 'repeated-claim',
            message: `rules[${i}] claims what rules[${first}] claims (same releases, pairs, conditions and evidence)`,
            hint: `Add its sources (and what its note quotes) to rules[${first}] and delete it.`,
          });
        },
        claimOf,
      );
    }
  },
};
