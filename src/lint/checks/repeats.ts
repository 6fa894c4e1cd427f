import type { LintCheck } from '../types.ts';

/** Calls `found` for each item that repeats an earlier one word for word, with the earlier one's index. */
function eachRepeat(list: readonly unknown[], found: (i: number, first: number) => void): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const key = JSON.stringify(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else found(i, first);
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
      eachRepeat(r.value.rules ?? [], (i, first) => report(r, ['rules', i], { code: 'repeated-rule', message: `rules[${i}] repeats rules[${first}] word for word`, hint: 'Delete the repeat.' }));
    }
    for (const r of ctx.folder.tables) {
      eachRepeat(r.value.rows, (i, first) => report(r, ['rows', i], { code: 'repeated-row', message: `rows[${i}] repeats rows[${first}] word for word`, hint: 'Delete the repeat.' }));
    }
  },
};
