import { vendorOf } from '../lookup.ts';
import type { LintCheck } from '../types.ts';

/** Vendors named by products and tables exist; frameworks carry a role, others do not. */
export const references: LintCheck = {
  name: 'references',
  description: 'vendors exist; frameworks have a role',
  level: 'error',
  scope: 'record',
  check(ctx, report) {
    let some: string | undefined;
    for (const r of [...ctx.folder.products, ...ctx.folder.tables]) {
      const vendor = r.value.vendor;
      if (!vendorOf(ctx, vendor)) {
        some ??= [...ctx.vendors.keys(), ...(ctx.base?.vendors.keys() ?? [])].slice(0, 8).join(', ');
        report(r, ['vendor'], { code: 'unknown-vendor', message: `vendor "${vendor}" has no record in vendors/`, hint: `Add vendors/${vendor}.yaml or use one of: ${some}…` });
      }
    }
    for (const r of ctx.folder.products) {
      const p = r.value;
      if (p.kind === 'framework' && !p.role) report(r, ['kind'], { code: 'missing-role', message: `framework "${p.id}" needs a role`, hint: 'Set role: framework, adapter, engine or runtime.' });
      if (p.kind !== 'framework' && p.role) report(r, ['role'], { code: 'unexpected-role', message: `role is only for frameworks, not ${p.kind}`, hint: 'Remove role.' });
    }
  },
};
