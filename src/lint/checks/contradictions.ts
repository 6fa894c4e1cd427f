import { intersect, isEmpty } from '../../version/interval.ts';
import { cachedRange } from '../../engine/range-cache.ts';
import type { Range } from '../../version/range.ts';
import type { SourceRecord } from '../../load/load-folder.ts';
import type { Product } from '../../schema/product.ts';
import { productOf } from '../lookup.ts';
import type { LintCheck } from '../types.ts';

function rangeOf(p: Product | undefined, text: string | undefined): Range | undefined {
  if (!p?.scheme) return text === undefined || text.trim() === '*' ? { scheme: '', text: '*', intervals: [{ loInclusive: false, hiInclusive: false }], versions: [] } : undefined;
  return cachedRange(p.scheme, text ?? '*');
}

const overlap = (a: Range, b: Range) => a.intervals.some((x) => b.intervals.some((y) => !isEmpty(intersect(x, y))));
const sameScope = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/** Most rule pairs compared in one record; past it the record is too large to check this way. */
export const MAX_COMPARISONS = 100_000;

/**
 * The same product pair both supported (or required) and conflicting for overlapping releases, in
 * the same scope and at the same evidence level: one of the two statements is wrong. Only rules
 * naming the same target are compared (an index per record), and ranges are parsed once each.
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
      // Only a conflict can contradict: most records state none, and need no index.
      if (!rules.some((rule) => rule.conflicts)) continue;
      const ranges = new Map<string, Range | undefined>();
      const rangeFor = (q: Product | undefined, text: string | undefined) => {
        const key = `${q?.id ?? ''}\u0000${text ?? ''}`;
        if (!ranges.has(key)) ranges.set(key, rangeOf(q, text));
        return ranges.get(key);
      };
      // Positive statements by what must match for a contradiction: target, evidence level and scope.
      const scopes = new Map(rules.map((rule) => [rule, JSON.stringify(rule.when ?? {})]));
      const bucket = (target: string, rule: (typeof rules)[number]) => `${target}\u0000${rule.evidence}\u0000${scopes.get(rule)}`;
      const positive = new Map<string, { j: number; relation: 'supports' | 'requires'; text: string }[]>();
      rules.forEach((good, j) => {
        for (const relation of ['supports', 'requires'] as const) {
          for (const [target, text] of Object.entries(good[relation] ?? {})) {
            if (relation === 'requires' && text.trim() === '*') continue;
            const key = bucket(target, good);
            const list = positive.get(key) ?? [];
            list.push({ j, relation, text });
            positive.set(key, list);
          }
        }
      });
      let budget = MAX_COMPARISONS;
      rules.forEach((bad, i) => {
        for (const [target, text] of Object.entries(bad.conflicts ?? {})) {
          const candidates = positive.get(bucket(target, bad));
          if (!candidates) continue;
          const t = productOf(ctx, target);
          const conflictRange = rangeFor(t, text);
          const own = rangeFor(p, bad.releases);
          if (!conflictRange || !own) continue;
          for (const { j, relation, text: other } of candidates) {
            if (--budget < 0) return;
            const good = rules[j]!;
            if (j === i || good.evidence !== bad.evidence || !sameScope(good.when, bad.when)) continue;
            const goodOwn = rangeFor(p, good.releases);
            if (!goodOwn || !overlap(own, goodOwn)) continue;
            const otherRange = rangeFor(t, other);
            if (otherRange && overlap(conflictRange, otherRange)) {
              report(r, ['rules', i, 'conflicts', target], {
                code: 'contradiction',
                message: `rules[${i}] says "${target}" ${text} conflicts, but rules[${j}] ${relation} it (${other}) for overlapping releases at the same evidence level (${bad.evidence})`,
                hint: 'Narrow one of the ranges, scope one with when:, or keep the better-sourced statement.',
              });
            }
          }
        }
      });
    }
  },
};
