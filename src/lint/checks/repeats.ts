import type { LintCheck } from '../types.ts';

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
      const seen = new Map<string, number>();
      (r.value.rules ?? []).forEach((rule, i) => {
        const key = JSON.stringify(rule);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else report(r, ['rules', i], { code: 'repeated-rule', message: `rules[${i}] repeats rules[${first}] word for word`, hint: 'Delete the repeat.' });
      });
    }
    for (const r of ctx.folder.tables) {
      const seen = new Map<string, number>();
      r.value.rows.forEach((row, i) => {
        const key = JSON.stringify(row);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else report(r, ['rows', i], { code: 'repeated-row', message: `rows[${i}] repeats rows[${first}] word for word`, hint: 'Delete the repeat.' });
      });
    }
  },
};
