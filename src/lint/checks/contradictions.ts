import { intersect, isEmpty } from '../../version/interval.ts';
import { parseRange, type Range } from '../../version/range.ts';
import type { SourceRecord } from '../../load/load-folder.ts';
import type { Product } from '../../schema/product.ts';
import type { LintCheck } from '../types.ts';

function rangeOf(p: Product | undefined, text: string | undefined): Range | undefined {
  if (!p?.scheme) return text === undefined || text.trim() === '*' ? { scheme: '', text: '*', intervals: [{ loInclusive: false, hiInclusive: false }], versions: [] } : undefined;
  try {
    return parseRange(p.scheme, text ?? '*');
  } catch {
    return undefined;
  }
}

const overlap = (a: Range, b: Range) => a.intervals.some((x) => b.intervals.some((y) => !isEmpty(intersect(x, y))));
const sameScope = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/**
 * The same product pair both supported (or required) and conflicting for overlapping releases, in
 * the same scope and at the same evidence level: one of the two statements is wrong.
 */
export const contradictions: LintCheck = {
  name: 'contradictions',
  description: 'no pair is both supported and conflicting at the same evidence level',
  level: 'error',
  scope: 'record',
  check(ctx, report) {
    for (const r of ctx.folder.products as SourceRecord<Product>[]) {
      const p = r.value;
      const rules = p.rules ?? [];
      rules.forEach((bad, i) => {
        for (const [target, text] of Object.entries(bad.conflicts ?? {})) {
          const t = ctx.products.get(target)?.value;
          const conflictRange = rangeOf(t, text);
          const own = rangeOf(p, bad.releases);
          if (!conflictRange || !own) continue;
          rules.forEach((good, j) => {
            if (j === i || good.evidence !== bad.evidence || !sameScope(good.when, bad.when)) return;
            const goodOwn = rangeOf(p, good.releases);
            if (!goodOwn || !overlap(own, goodOwn)) return;
            for (const relation of ['supports', 'requires'] as const) {
              const other = good[relation]?.[target];
              const otherRange = other === undefined ? undefined : rangeOf(t, other);
              if (!otherRange || other!.trim() === '*' && relation === 'requires') continue;
              if (overlap(conflictRange, otherRange)) {
                report(r, ['rules', i, 'conflicts', target], {
                  code: 'contradiction',
                  message: `rules[${i}] says "${target}" ${text} conflicts, but rules[${j}] ${relation} it (${other}) for overlapping releases at the same evidence level (${bad.evidence})`,
                  hint: 'Narrow one of the ranges, scope one with when:, or keep the better-sourced statement.',
                });
              }
            }
          });
        }
      });
    }
  },
};
