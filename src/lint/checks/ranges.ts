import type { SourceRecord } from '../../load/load-folder.ts';
import { closest } from '../../data/did-you-mean.ts';
import type { Path } from '../../load/parse-yaml.ts';
import { StackfitError } from '../../errors.ts';
import { rangeOrError } from '../../engine/range-cache.ts';
import type { Product } from '../../schema/product.ts';
import type { Range } from '../../version/range.ts';
import { hasRelease, productOf, schemeOf } from '../lookup.ts';
import type { LintContext, LintCheck, Report } from '../types.ts';

/** How many unknown ids get a "did you mean" per run: each costs a pass over every product id. */
export const SUGGESTION_BUDGET = 50;

const SUGGESTIONS = new WeakMap<LintContext, { left: number; byId: Map<string, string[]> }>();

/** Product ids that contain, or are contained in, an unknown id; bounded work per lint run. */
function closeIds(ctx: LintContext, targetId: string): string[] {
  let memo = SUGGESTIONS.get(ctx);
  if (!memo) SUGGESTIONS.set(ctx, (memo = { left: SUGGESTION_BUDGET, byId: new Map() }));
  let close = memo.byId.get(targetId);
  if (close) return close;
  if (memo.left <= 0) return [];
  memo.left--;
  close = closest(targetId, [...ctx.products.keys(), ...(ctx.base?.products.keys() ?? [])], 3);
  memo.byId.set(targetId, close);
  return close;
}

/**
 * Checks a range that names versions of `target`: the product exists, the range parses under its
 * scheme, hardware is named with `*`, and every version named is one of its releases.
 */
export function checkTargetRange(ctx: LintContext, report: Report, record: SourceRecord, path: Path, targetId: string, text: string): void {
  const target = productOf(ctx, targetId);
  if (!target) {
    const close = closeIds(ctx, targetId);
    report(record, path, { code: 'unknown-product', message: `no product "${targetId}"`, hint: close.length ? `Did you mean ${close.join(' or ')}?` : 'Add its record first, or fix the id.' });
    return;
  }
  if (!schemeOf(target.scheme)) {
    if (text.trim() !== '*') report(record, path, { code: 'bad-range', message: `"${targetId}" has no versions, so its range must be "*" (got "${text}")`, hint: 'Write "*".' });
    return;
  }
  const range = rangeOrError(target.scheme!, text);
  if (range instanceof StackfitError) {
    report(record, path, { code: 'bad-range', message: range.issues[0]!.message, hint: range.issues[0]!.hint ?? '' });
    return;
  }
  for (const missing of unlisted(target, text, range)) {
    report(record, path, { code: 'unknown-version', message: `"${targetId}" has no release "${missing}"`, hint: `Add the release to ${targetId}.yaml first, or fix the version.` });
  }
}

/** Versions a range names that are not releases of the product, per product and range text (a table repeats a cell down its column). */
const UNLISTED = new WeakMap<Product, Map<string, readonly string[]>>();

function unlisted(target: Product, text: string, range: Range): readonly string[] {
  let byText = UNLISTED.get(target);
  if (!byText) UNLISTED.set(target, (byText = new Map()));
  let hit = byText.get(text);
  if (!hit) byText.set(text, (hit = range.versions.filter((v) => !hasRelease(target, v)).map((v) => v.text)));
  return hit;
}

/** Rules name existing products and versions, with ranges valid under each product's scheme. */
export const ranges: LintCheck = {
  name: 'ranges',
  description: 'rules and tables name existing products and versions with valid ranges',
  level: 'error',
  scope: 'record',
  check(ctx, report) {
    for (const r of ctx.folder.products) {
      const p = r.value;
      (p.rules ?? []).forEach((rule, i) => {
        if (!rule.requires && !rule.supports && !rule.conflicts && !rule.only) {
          report(r, ['rules', i], { code: 'empty-rule', message: 'rule has no requires, supports, conflicts or only', hint: 'Add at least one of them or remove the rule.' });
        }
        (rule.only ?? []).forEach((id, j) => {
          if (!ctx.products.has(id)) report(r, ['rules', i, 'only', j], { code: 'unknown-product', message: `no product "${id}"`, hint: 'Name a product or family record.' });
        });
        if (rule.closed && !rule.supports && !rule.requires) report(r, ['rules', i, 'closed'], { code: 'empty-rule', message: 'a closed list needs the products it names (supports or requires)', hint: 'List the products, or use only: for a list that states no support.' });
        if (rule.releases !== undefined) checkTargetRange(ctx, report, r, ['rules', i, 'releases'], p.id, rule.releases);
        for (const relation of ['requires', 'supports', 'conflicts'] as const) {
          for (const [target, text] of Object.entries(rule[relation] ?? {})) {
            if (target === p.id) report(r, ['rules', i, relation, target], { code: 'self-reference', message: `a rule of "${p.id}" names "${p.id}" itself`, hint: 'Use releases: to say which of its own releases the rule is about.' });
            else checkTargetRange(ctx, report, r, ['rules', i, relation, target], target, text);
          }
        }
      });
    }
    for (const r of ctx.folder.tables) {
      const t = r.value;
      const width = t.columns.length;
      const first = t.columns[0];
      if (first && 'product' in first && first.relation) report(r, ['columns', 0, 'relation'], { code: 'table-key', message: 'the key column has no relation', hint: 'Remove relation from the first column.' });
      const seen = new Set<string>();
      const sources = new Set(t.sources);
      if (t.columns.filter((c) => 'source' in c).length > 1) report(r, ['columns'], { code: 'duplicate-column', message: 'the table has more than one source column', hint: 'Keep one {source: true} column.' });
      if (first && 'source' in first) report(r, ['columns', 0], { code: 'table-key', message: 'the key column is a source column', hint: 'The first column names the product the table is keyed by.' });
      t.columns.forEach((c, ci) => {
        if ('product' in c) {
          if (seen.has(c.product)) report(r, ['columns', ci], { code: 'duplicate-column', message: `product "${c.product}" has two columns`, hint: 'Merge them into one column with || between versions.' });
          seen.add(c.product);
        }
      });
      t.rows.forEach((row, ri) => {
        if (row.length !== width) {
          report(r, ['rows', ri], { code: 'row-width', message: `row has ${row.length} cells; the table has ${width} columns`, hint: 'Use null for a cell the vendor left empty.' });
          return;
        }
        row.forEach((cell, ci) => {
          const col = t.columns[ci]!;
          if ('source' in col) {
            if (cell === null || !sources.has(cell)) {
              report(r, ['rows', ri, ci], { code: 'row-source', message: `row source ${cell === null ? 'is empty' : `"${cell.slice(0, 80)}" is not one of the table's sources`}`, hint: 'Give the URL of the page the row was copied from, exactly as listed in sources.' });
            }
            return;
          }
          if (cell === null || !('product' in col)) return;
          checkTargetRange(ctx, report, r, ['rows', ri, ci], col.product, cell);
        });
      });
    }
  },
};
