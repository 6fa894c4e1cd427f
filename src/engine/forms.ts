import { internalsOf, type Matrix } from '../data/matrix.ts';
import type { Product } from '../schema/product.ts';
import { memoFor } from './memo.ts';

/**
 * Forms people type and machines print, from the data (`forms` on a product): an item form reads
 * a whole item whose name resolves to nothing (`HUAWEI Kunpeng 920 5250` -> `kunpeng-920`,
 * `npu-smi 24.1.0.1` -> `ascend-hdk@24.1.0.1`); a version form reads a version that names no
 * release (`22.04.5` -> `22.04`). Expressions are anchored and case-insensitive; the version
 * meant is `as` with `{group}` placeholders filled, else the `version` group.
 */

interface CompiledForm {
  readonly product: Product;
  readonly re: RegExp;
  readonly as?: string;
}

interface Compiled {
  readonly items: readonly CompiledForm[];
  readonly versions: ReadonlyMap<string, readonly CompiledForm[]>;
}

function compiled(matrix: Matrix): Compiled {
  const memo = memoFor<Compiled>(matrix, 'forms');
  const hit = memo.get('');
  if (hit) return hit;
  const items: CompiledForm[] = [];
  const versions = new Map<string, CompiledForm[]>();
  for (const product of internalsOf(matrix).dataset.products) {
    for (const f of product.forms ?? []) {
      let re: RegExp;
      try {
        re = new RegExp(`^(?:${f.item ?? f.version})$`, 'i');
      } catch {
        continue; // The linter reports it.
      }
      const form = { product, re, ...(f.as ? { as: f.as } : {}) };
      if (f.item !== undefined) items.push(form);
      else versions.set(product.id, [...(versions.get(product.id) ?? []), form]);
    }
  }
  return memo.set('', { items, versions });
}

function meant(form: CompiledForm, m: RegExpExecArray): string | undefined {
  const groups = m.groups ?? {};
  const text = form.as ? form.as.replace(/\{([A-Za-z_]\w*)\}/g, (_, g: string) => groups[g] ?? '') : groups.version;
  const out = text?.replace(/\s+/g, ' ').trim();
  return out || undefined;
}

/** The stack item a whole typed item means through an item form, if one reads it. */
export function readItemForm(matrix: Matrix, text: string): string | undefined {
  const t = text.trim();
  for (const form of compiled(matrix).items) {
    const m = form.re.exec(t);
    if (!m) continue;
    const version = meant(form, m);
    return version ? `${form.product.id}@${version}` : form.product.id;
  }
  return undefined;
}

/** The version a typed version of a product means through a version form, if one reads it. */
export function readVersionForm(matrix: Matrix, id: string, text: string): string | undefined {
  for (const form of compiled(matrix).versions.get(id) ?? []) {
    const m = form.re.exec(text.trim());
    if (m) return meant(form, m);
  }
  return undefined;
}
