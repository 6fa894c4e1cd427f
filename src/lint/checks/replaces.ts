import type { LintCheck } from '../types.ts';

/**
 * A folder laid over the bundled data (`--data`) may replace a bundled vendor, product or table
 * only by saying so (`replaces: true`); an id that clashes by accident is an error, and so is
 * `replaces: true` with nothing to replace. Without bundled data underneath there is nothing to check.
 */
export const replaces: LintCheck = {
  name: 'replaces',
  description: 'records replace bundled ones only with replaces: true',
  level: 'error',
  scope: 'tree',
  check(ctx, report) {
    const base = ctx.base;
    if (!base) return;
    const groups = [
      ['vendor', ctx.folder.vendors, base.vendors],
      ['product', ctx.folder.products, base.products],
      ['table', ctx.folder.tables, base.tables],
    ] as const;
    for (const [kind, records, bundled] of groups) {
      for (const r of records) {
        const v = r.value as { id: string; replaces?: true };
        if (bundled.has(v.id) && !v.replaces) {
          report(r, ['id'], { code: 'replaces-bundled', message: `${kind} "${v.id}" is already a bundled ${kind}`, hint: 'Add replaces: true to replace the bundled record, or pick another id.' });
        } else if (!bundled.has(v.id) && v.replaces) {
          report(r, ['replaces'], { code: 'nothing-to-replace', message: `replaces: true, but there is no bundled ${kind} "${v.id}"`, hint: 'Remove replaces, or fix the id.' });
        }
      }
    }
  },
};
