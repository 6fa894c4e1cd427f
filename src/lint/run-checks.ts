import type { Issue } from '../errors.ts';
import type { LoadedFolder, SourceRecord } from '../load/load-folder.ts';
import { formatPath } from '../load/parse-yaml.ts';
import type { Product } from '../schema/product.ts';
import type { Table } from '../schema/table.ts';
import type { Vendor } from '../schema/vendor.ts';
import { CHECKS } from './checks/index.ts';
import type { LintBase, LintCheck, LintContext } from './types.ts';

function firstById<T extends { id: string }>(records: readonly SourceRecord<T>[]): Map<string, SourceRecord<T>> {
  const map = new Map<string, SourceRecord<T>>();
  for (const r of records) if (!map.has(r.value.id)) map.set(r.value.id, r);
  return map;
}

export function makeContext(folder: LoadedFolder, today: string, base?: LintBase): LintContext {
  return {
    folder,
    products: firstById<Product>(folder.products),
    vendors: firstById<Vendor>(folder.vendors),
    tables: firstById<Table>(folder.tables),
    today,
    ...(base ? { base } : {}),
  };
}

/**
 * Runs checks over a loaded folder. A check that throws becomes a reported problem (`check-crashed`)
 * instead of stopping the others.
 */
export function runChecks(folder: LoadedFolder, today: string, checks: readonly LintCheck[] = CHECKS, base?: LintBase): Issue[] {
  const ctx = makeContext(folder, today, base);
  const issues: Issue[] = [];
  for (const check of checks) {
    try {
      check.check(ctx, (record, path, found) => {
        issues.push({
          ...found,
          severity: check.level,
          file: record.file,
          path: formatPath(path),
          ...record.locate(path),
          check: check.name,
        } as Issue);
      });
    } catch (e) {
      issues.push({ code: 'check-crashed', severity: 'error', message: `lint check "${check.name}" crashed: ${String((e as Error)?.message ?? e)}` });
    }
  }
  return issues;
}
