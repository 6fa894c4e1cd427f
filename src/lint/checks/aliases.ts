import { normalizeName } from '../../data/normalize-name.ts';
import type { Product } from '../../schema/product.ts';
import type { LintCheck } from '../types.ts';

type Named = [string, (string | number)[]];

function namesOf(p: Product): Named[] {
  return [[p.id, ['id']], [p.name.en, ['name', 'en']], [p.name.zh, ['name', 'zh']], ...(p.aliases ?? []).map((a, i): Named => [a, ['aliases', i]])];
}

/**
 * Every name a product answers to (id, aliases, en and zh names) belongs to one product only. A
 * folder laid over the bundled data may not take a name of a bundled product it does not replace:
 * `torch_npu` would silently resolve to the private record.
 */
export const aliases: LintCheck = {
  name: 'aliases',
  description: 'names and aliases do not collide across products (bundled ones included)',
  level: 'error',
  scope: 'tree',
  check(ctx, report) {
    const owner = new Map<string, string>();
    const bundled = new Set<string>();
    for (const p of ctx.base?.products.values() ?? []) {
      if (ctx.products.has(p.id)) continue; // replaced (or an id clash, reported by the replaces check)
      for (const [name] of namesOf(p)) {
        const key = normalizeName(name);
        if (key && !owner.has(key)) owner.set(key, p.id);
      }
      bundled.add(p.id);
    }
    for (const r of ctx.folder.products) {
      const p = r.value;
      const mine = new Set<string>();
      for (const [name, path] of namesOf(p)) {
        const key = normalizeName(name);
        if (!key || mine.has(key)) continue;
        mine.add(key);
        const other = owner.get(key);
        if (other && other !== p.id) {
          const whose = bundled.has(other) ? `the bundled product "${other}"` : `"${other}"`;
          report(r, path, { code: 'alias-collision', message: `name "${name}" of "${p.id}" is already a name of ${whose}`, hint: 'A name must resolve to one product; drop it or make it more specific.' });
        } else owner.set(key, p.id);
      }
    }
  },
};
