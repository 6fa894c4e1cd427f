import type { SourceRecord } from '../../load/load-folder.ts';
import { isLayer } from '../../schema/pairs.ts';
import { productOf, vendorOf } from '../lookup.ts';
import type { LintCheck, LintContext, Report } from '../types.ts';

/** A `when.accelerator` names accelerator records (products or families). */
function checkAccelerators(ctx: LintContext, report: Report, r: SourceRecord, ids: readonly string[] | undefined, path: (string | number)[]): void {
  (ids ?? []).forEach((id, i) => {
    const a = productOf(ctx, id);
    if (!a) report(r, [...path, i], { code: 'unknown-product', message: `no accelerator "${id}"`, hint: 'Name an accelerator or accelerator family record.' });
    else if (a.kind !== 'accelerator') report(r, [...path, i], { code: 'scope-kind', message: `"${id}" is a ${a.kind}, not an accelerator`, hint: 'when.accelerator names accelerators; use when.arch for CPU architectures.' });
  });
}

/** Vendors named by products and tables exist; frameworks carry a role, others do not; families and scopes name real records. */
export const references: LintCheck = {
  name: 'references',
  description: 'vendors exist; frameworks have a role; memberOf names a family of the same kind; when.accelerator names accelerators; policy pairs name layers or products',
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
      if (p.family && p.memberOf) report(r, ['memberOf'], { code: 'family-member', message: `family "${p.id}" cannot itself be a member of a family`, hint: 'Name the members on their own records.' });
      if (p.family && p.releases?.length) report(r, ['releases'], { code: 'family-releases', message: `family "${p.id}" has releases; releases belong to its members`, hint: 'Move the releases to the member records.' });
      (p.memberOf ?? []).forEach((id, i) => {
        const f = productOf(ctx, id);
        if (!f) report(r, ['memberOf', i], { code: 'unknown-product', message: `no family record "${id}"`, hint: 'Add it (with family: true) or fix the id.' });
        else if (!f.family) report(r, ['memberOf', i], { code: 'not-a-family', message: `"${id}" is not a family record`, hint: `Set family: true on ${id}, or name a family.` });
        else if (f.kind !== p.kind) report(r, ['memberOf', i], { code: 'family-kind', message: `family "${id}" is a ${f.kind}; "${p.id}" is a ${p.kind}`, hint: 'A member has the kind of its family.' });
      });
      const scopes: { when: { accelerator?: readonly string[] | undefined } | undefined; path: (string | number)[] }[] = (p.rules ?? []).map((rule, i) => ({ when: rule.when, path: ['rules', i, 'when', 'accelerator'] }));
      for (const { when, path } of scopes) checkAccelerators(ctx, report, r, when?.accelerator, path);
    }
    for (const r of ctx.folder.tables) checkAccelerators(ctx, report, r, r.value.when?.accelerator, ['when', 'accelerator']);
    for (const r of ctx.folder.pairs) {
      r.value.pairs.forEach((pair, i) => {
        for (const end of ['a', 'b'] as const) {
          const id = pair[end];
          if (isLayer(id)) continue;
          const p = productOf(ctx, id);
          if (!p) report(r, ['pairs', i, end], { code: 'unknown-product', message: `no product "${id}"`, hint: 'Name a layer (kind or kind/role) or a product record.' });
          else if (p.family) report(r, ['pairs', i, end], { code: 'family-pair', message: `"${id}" is a family; a policy pair names one product or a layer`, hint: 'Name the member products, or the layer.' });
        }
      });
    }
  },
};
